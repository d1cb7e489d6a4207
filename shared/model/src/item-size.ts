import type { StoredConfig } from "./schemas";
import { utf8Length } from "./utf8";

function numberSize(value: number): number {
  const digits = String(Math.abs(value)).replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** The size of one attribute value as DynamoDB counts it. */
export function valueSize(value: unknown): number {
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "string") return utf8Length(value);
  if (typeof value === "number") return numberSize(value);
  if (Array.isArray(value)) {
    return 3 + value.reduce<number>((total, element) => total + 1 + valueSize(element), 0);
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, element]) => element !== undefined);
    return 3 + entries.reduce((total, [name, element]) => total + 1 + utf8Length(name) + valueSize(element), 0);
  }
  return 0;
}

/**
 * The size of an item as DynamoDB counts it against its 400 KB limit: each attribute's name and value
 * (undefined attributes are not written).
 */
export function itemSize(item: Record<string, unknown>): number {
  return Object.entries(item).reduce(
    (total, [name, value]) => (value === undefined ? total : total + utf8Length(name) + valueSize(value)),
    0,
  );
}

/**
 * The size of the item the store writes for a config: its body plus the keys and bookkeeping attributes the
 * DynamoDB store adds (keys, index keys, search text), estimated from their shape.
 */
export function storedItemSize(stored: StoredConfig): number {
  const { version, updatedAt, updatedBy, ...body } = stored;
  const search = [body.id, body.description, ...body.lookupKeys].join(" ").toLowerCase();
  return itemSize({
    PK: `CONFIG#${body.id}`,
    SK: "CURRENT",
    GSI1PK: "CONFIG",
    GSI1SK: body.id,
    id: body.id,
    templateId: body.templateId,
    version,
    updatedAt,
    updatedBy,
    search,
    config: body,
  });
}
