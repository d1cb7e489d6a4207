/** The ID-token claim that limits a user to some configs: `"id:Office-Austin template:FieldOffice"`. */
export const SCOPE_CLAIM = "flow_configs_scope";

/** The configs a scoped user may see: by id, and every instance of a template. */
export interface AccessScope {
  ids: string[];
  templates: string[];
}

/** Parses the scope claim; absent means every config, present (even empty) means only what it lists. */
export function parseScope(claim: unknown): AccessScope | null {
  if (claim === undefined || claim === null) return null;
  const ids: string[] = [];
  const templates: string[] = [];
  for (const entry of String(claim).split(/\s+/).filter(Boolean)) {
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
