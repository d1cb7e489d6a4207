/**
 * The ID-token claim that limits a business or read-only user to some configs, as the pre-token Lambda
 * writes it, the API enforces it and the shell and module show it: `"id:Office-Austin template:FieldOffice"`,
 * `"*"` for every config, `""` for none. Dependency-free, so the pre-token Lambda's bundle can share it.
 */
export const SCOPE_CLAIM = "flow_configs_scope";

/** The claim (and `FlowConfigsScope` tag) value that grants every config. */
export const EVERY_CONFIG = "*";

/** The configs a scoped user may see: by id, and every instance of a template. */
export interface AccessScope {
  ids: string[];
  templates: string[];
}

const NOTHING: AccessScope = { ids: [], templates: [] };

/**
 * Parses the scope claim: `*` is every config (null); anything else, even empty, is only what it lists.
 * Fails closed: without the claim a user is unscoped only when `absentIsUnscoped` (an admin; DESIGN.md
 * § Authentication), and sees nothing otherwise.
 */
export function parseScope(claim: unknown, absentIsUnscoped = false): AccessScope | null {
  if (claim === undefined || claim === null) return absentIsUnscoped ? null : { ...NOTHING };
  if (typeof claim !== "string") return { ...NOTHING };
  if (claim.trim() === EVERY_CONFIG) return null;
  const ids: string[] = [];
  const templates: string[] = [];
  for (const entry of claim.split(/\s+/).filter(Boolean)) {
    const [kind, ...rest] = entry.split(":");
    const value = rest.join(":");
    if (!value) continue;
    if (kind === "id") ids.push(value);
    else if (kind === "template") templates.push(value);
  }
  return { ids, templates };
}

/** What a scoped user manages, in a sentence: "You manage Office-Austin and the offices of FieldOffice". */
export function describeScope(scope: AccessScope): string {
  const parts = [...scope.ids, ...scope.templates.map((template) => `the offices of ${template}`)];
  if (parts.length === 0) return "You manage no flow configs yet: ask an administrator for access";
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `You manage ${listed}`;
}
