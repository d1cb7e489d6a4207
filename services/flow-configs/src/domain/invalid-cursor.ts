import { DomainError } from "@flow-configs/model";

/** A `cursor=` this API did not hand out (for this listing): the one wording of that error, for every listing. */
export function invalidCursor(): DomainError {
  return DomainError.invalid([{ path: "cursor", message: "is not a cursor returned by this API" }]);
}
