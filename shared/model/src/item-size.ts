import { DomainError } from "./errors";
import { LIMITS } from "./limits";
import type { StoredConfig } from "./schemas";
import { toCurrentItem } from "./storage-layout";
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
 * The size of the item the store writes for a config (its CURRENT item, laid out by `storage-layout.ts`).
 * The index keys and search text live on a separate small SUMMARY item, which no config can push near the limit.
 */
export function storedItemSize(stored: StoredConfig): number {
  return itemSize({ ...toCurrentItem(stored) });
}

/**
 * The refusal of a config DynamoDB cannot store, whoever finds it: the use case before writing, the store
 * measuring its items, or DynamoDB itself (`bytes` null: it said so without a figure).
 */
export function itemTooLarge(id: string, bytes: number | null): DomainError {
  const size = bytes === null ? "more than" : `${bytes} bytes, over`;
  return new DomainError("TooLarge", `flow config ${id} would take ${size} DynamoDB's item limit of ${LIMITS.itemBytes} bytes`);
}
