import type { Issue } from "@flow-configs/model";

/** The entries of the request the API answered about: its issue paths index into these arrays. */
export interface SentEntries {
  variables?: readonly { name: string }[];
  prompts?: readonly { name: string }[];
}

/** The field an API issue is about, by name rather than by its place in the request. */
export type IssueField =
  | { kind: "variable"; name: string }
  | { kind: "prompt"; name: string; language?: string; variant?: string }
  | { kind: "field"; name: string };

const ENTRY = /^(variables|prompts)\[(\d+)\](?:\.(?:value|name))?(?:\.values\.([^.]+)(?:\.(voice|chat))?)?$/;

const FIELD_LABELS: Record<string, string> = { id: "Id", description: "Description", templateId: "Template", defaultLanguage: "Default language", languages: "Languages", lookupKeys: "Lookup keys" };

export function issueField(path: string, sent: SentEntries = {}): IssueField | null {
  const entry = ENTRY.exec(path);
  if (entry) {
    const [, list, index, language, variant] = entry;
    const name = (list === "variables" ? sent.variables : sent.prompts)?.[Number(index)]?.name;
    if (!name) return null;
    return list === "variables" ? { kind: "variable", name } : { kind: "prompt", name, language, variant };
  }
  const field = path.replace(/\[\d+\]$/, "");
  return field in FIELD_LABELS ? { kind: "field", name: field } : null;
}

function labelOf(field: IssueField): string {
  if (field.kind === "field") return FIELD_LABELS[field.name] ?? field.name;
  if (field.kind === "variable") return field.name;
  const where = [field.language, field.variant].filter(Boolean).join(" ");
  return where ? `${field.name} (${where})` : field.name;
}

const quoted = (list: string): string[] => [...list.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? "");

/** The model's wording (`must be one of "a", "b", not "c"`) as an instruction to the user. */
export function plainMessage(message: string): string {
  const oneOf = /^must be one of (.*), not "[^"]*"$/.exec(message);
  if (oneOf) return `choose one of ${quoted(oneOf[1] ?? "").join(", ")}`;
  if (/^must be a number\b/.test(message)) return "enter a number";
  if (/^must be "true" or "false"/.test(message)) return "choose on or off";
  if (message === "must not be empty") return "enter a value";
  return message;
}

/** "Mode: choose one of a, b" for the API's `variables[0].value: must be one of "a", "b", not "c"`. */
export function issueMessage(issue: Issue, sent: SentEntries = {}): string {
  const field = issueField(issue.path, sent);
  return `${field ? labelOf(field) : issue.path}: ${plainMessage(issue.message)}`;
}
