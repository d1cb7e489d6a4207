import { DomainError } from "@flow-configs/model";

/** `?limit=`: a whole number from 1 to `max`, `fallback` when absent. */
export function parsePageLimit(limit: string | undefined, { fallback, max }: { fallback: number; max: number }): number {
  if (limit === undefined) return fallback;
  const value = Number(limit);
  if (!/^\d+$/.test(limit) || value < 1 || value > max) {
    throw DomainError.invalid([{ path: "limit", message: `must be a whole number from 1 to ${max}` }]);
  }
  return value;
}
