import { utf8Length } from "./utf8";

/** The size of a getConfig response as Amazon Connect counts it: its JSON text in UTF-8. */
export function responseSize(values: Record<string, string>): number {
  return utf8Length(JSON.stringify(values));
}
