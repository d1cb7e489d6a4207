import type { Result } from "@flow-configs/model";

/** The value of a successful result; a failed one's DomainError is thrown for the HTTP edge to map. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
