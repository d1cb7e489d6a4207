import { DomainError } from "@flow-configs/model";

/** The ETag of a config: its version, quoted. */
export const etagOf = (version: number): string => `"${version}"`;

/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined when the header is absent. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(header.trim());
  if (!match?.[1]) {
    throw DomainError.invalid([{ path: "If-Match", message: 'must be the ETag of the config you changed, such as "3"' }]);
  }
  return Number(match[1]);
}
