import { DomainError } from "@flow-configs/model";
import { loadConfig } from "./config-access";
import type { UseCaseDeps } from "./use-case-deps";
import { VersionConflictError } from "./version-check";

/**
 * Runs a write conditional on `expectedVersion`. When another writer got there first, the store's
 * VersionConflict becomes a 412 carrying the config as it now is.
 */
export async function writeConditionally<T>(deps: UseCaseDeps, id: string, expectedVersion: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VersionConflict") throw error;
    const current = await loadConfig(deps.store, id);
    throw new VersionConflictError(current?.effective ?? null, expectedVersion);
  }
}
