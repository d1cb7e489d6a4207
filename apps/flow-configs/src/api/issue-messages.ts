import type { Issue } from "@flow-configs/model";

/** The entries of the request the API answered about: its issue paths index into these arrays. */
export interface SentEntries {
  variables?: readonly { name: string }[];
  prompts?: readonly { name: string }[];
  quickActions?: readonly { name: string; patch: { variables: readonly { name: string }[]; prompts: readonly { name: string }[] } }[];
}

/** The field an API issue is about, by name rather than by its place in the request. */
export type IssueField =
  | { kind: "variable"; name: string }
  | { kind: "prompt"; name: string; language?: string; variant?: string }
  | { kind: "field"; name: string }
  /** A quick action (its number when it has no name yet), or one entry its patch sets. */
  | { kind: "quickAction"; action: string; entry?: string };

const ENTRY = /^(variables|prompts)\[(\d+)\](?:\.(?:value|name))?(?:\.values\.([^.]+)(?:\.(voice|chat))?)?$/;

const QUICK_ACTION = /^quickActions\[(\d+)\](?:\.(name)|\.patch\.(variables|prompts)\[(\d+)\].*|\..*)?$/;

const FIELD_LABELS: Record<string, string> = {
  id: "Id",
  description: "Description",
  templateId: "Template",
  defaultLanguage: "Default language",
  languages: "Languages",
  lookupKeys: "Lookup keys",
  timeZone: "Time zone",
  approval: "Approval",
  quickActions: "Quick actions",
};

function quickActionField(match: RegExpExecArray, sent: SentEntries): IssueField {
  const [, index, name, list, entryIndex] = match;
  const action = sent.quickActions?.[Number(index)];
  const number = `Quick action ${Number(index) + 1}`;
  if (name || !action?.name) return { kind: "quickAction", action: name ? `${number} name` : number };
  const entry = list && action.patch[list as "variables" | "prompts"][Number(entryIndex)]?.name;
  return entry ? { kind: "quickAction", action: action.name, entry } : { kind: "quickAction", action: action.name };
}

export function issueField(path: string, sent: SentEntries = {}): IssueField | null {
  const quickAction = QUICK_ACTION.exec(path);
  if (quickAction) return quickActionField(quickAction, sent);
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

function labelOf(field: Exclude<IssueField, { kind: "quickAction" }>): string {
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

/** The model's wording as a statement about the value (`must be true or false`), without the value refused. */
function plainStatement(message: string): string {
  const oneOf = /^must be one of (.*), not "[^"]*"$/.exec(message);
  if (oneOf) return `must be one of ${quoted(oneOf[1] ?? "").join(", ")}`;
  if (/^must be a number\b/.test(message)) return "must be a number";
  if (/^must be "true" or "false"/.test(message)) return "must be true or false";
  return message;
}

/** "Fire closure: Closure must be true or false" for the model's `Closure must be "true" or "false", not "yes"`. */
function quickActionMessage(field: { action: string; entry?: string }, message: string): string {
  if (!field.entry) return `${field.action}: ${message}`;
  if (message.startsWith(`${field.entry} `)) return `${field.action}: ${field.entry} ${plainStatement(message.slice(field.entry.length + 1))}`;
  return message.includes(`"${field.entry}"`) ? `${field.action}: ${message}` : `${field.action}: ${field.entry}: ${message}`;
}

/** "Mode: choose one of a, b" for the API's `variables[0].value: must be one of "a", "b", not "c"`. */
export function issueMessage(issue: Issue, sent: SentEntries = {}): string {
  const field = issueField(issue.path, sent);
  if (field?.kind === "quickAction") return quickActionMessage(field, issue.message);
  return `${field ? labelOf(field) : issue.path}: ${plainMessage(issue.message)}`;
}
