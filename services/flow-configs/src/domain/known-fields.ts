import { DomainError } from "@flow-configs/model";

/**
 * Rejects a body that is not a JSON object or has top-level fields the route does not know: a misspelt
 * `variabels` would otherwise be dropped silently and a PUT would wipe the variables it meant to send.
 */
export function rejectUnknownFields(json: unknown, known: readonly string[], what: string): void {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw DomainError.invalid([{ path: "(body)", message: `must be a JSON object (${what})` }]);
  }
  const unknown = Object.keys(json).filter((field) => !known.includes(field));
  if (unknown.length > 0) {
    throw DomainError.invalid(unknown.map((field) => ({ path: field, message: `is not a field of ${what}` })));
  }
}
