import { DomainError } from "@flow-configs/model";
import { LIST_PARTITION } from "./dynamodb-config-item";

/** Where a GSI1 query resumes: the index keys and the table keys of the last config of a page. */
export interface ListPosition {
  GSI1PK: string;
  GSI1SK: string;
  PK: string;
  SK: string;
}

const POSITION_KEYS = ["GSI1PK", "GSI1SK", "PK", "SK"] as const;

/** The opaque `nextCursor` a client hands back: base64url of the position. */
export function encodeCursor(position: ListPosition): string {
  const { GSI1PK, GSI1SK, PK, SK } = position;
  return Buffer.from(JSON.stringify({ GSI1PK, GSI1SK, PK, SK }), "utf8").toString("base64url");
}

/** Reads a cursor back; anything this store did not hand out is invalid input, never a query error. */
export function decodeCursor(cursor: string): ListPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== "object" || decoded === null) throw invalidCursor();
  const fields = decoded as Record<string, unknown>;
  const position = Object.fromEntries(POSITION_KEYS.map((key) => [key, fields[key]]));
  const wellFormed = POSITION_KEYS.every((key) => typeof position[key] === "string" && position[key] !== "");
  if (!wellFormed || position.GSI1PK !== LIST_PARTITION) throw invalidCursor();
  return position as unknown as ListPosition;
}

function invalidCursor(): DomainError {
  return DomainError.invalid([{ path: "cursor", message: "is not a cursor returned by this API" }]);
}
