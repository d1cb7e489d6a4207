import { TransactionCanceledException, type CancellationReason } from "@aws-sdk/client-dynamodb";
import { DomainError, itemTooLarge } from "@flow-configs/model";
import { notFound } from "#domain/config-access";
import { KEY_ITEMS_START, uniqueClaimedKeys, type WritePlan } from "./dynamodb-write-plan";

/** What the store can still read to explain a failed write: the CURRENT item's state and a lookup key's owner. */
export interface FailureLookups {
  currentState(id: string): Promise<{ deleted: boolean; version: number } | null>;
  findIdByLookupKey(key: string): Promise<string | null>;
}

/** Turns a cancelled transaction into the DomainError that says why; anything else passes through. */
export async function explainFailedWrite(error: unknown, plan: WritePlan, lookups: FailureLookups): Promise<unknown> {
  if (isItemTooLarge(error)) return itemTooLarge(plan.id, null);
  if (!(error instanceof TransactionCanceledException)) return error;
  const reasons = error.CancellationReasons ?? [];
  if (reasons.some(isItemTooLargeReason)) return itemTooLarge(plan.id, null);

  const [currentReason, versionReason, summaryReason] = reasons;
  if (failed(currentReason) || failed(versionReason) || failed(summaryReason)) {
    return explainCurrentConflict(plan, currentReason, lookups);
  }
  for (const [index, key] of uniqueClaimedKeys(plan).entries()) {
    const reason = reasons[KEY_ITEMS_START + index];
    if (!failed(reason)) continue;
    if (reason?.Code === "ConditionalCheckFailed") {
      const owner = reason.Item?.configId?.S ?? (await lookups.findIdByLookupKey(key)) ?? "another config";
      return new DomainError("Conflict", `lookup key ${key} is already used by flow config ${owner}`, [
        { path: `lookupKeys[${plan.claimedKeys.indexOf(key)}]`, message: `is already used by flow config ${owner}` },
      ]);
    }
    return new DomainError("Conflict", `lookup key ${key} is being changed by another request; try again`);
  }
  // A released key that another write was touching at the same moment
  if (reasons.some((reason) => reason.Code === "TransactionConflict")) return changedMeanwhile(plan.id);
  return error;
}

async function explainCurrentConflict(plan: WritePlan, reason: CancellationReason | undefined, lookups: FailureLookups): Promise<DomainError> {
  const { id, expectation } = plan;
  const oldItem = reason?.Item;
  const current = oldItem ? { deleted: oldItem.deleted?.BOOL === true, version: Number(oldItem.version?.N) } : await lookups.currentState(id);
  if (expectation.kind === "create") return current && !current.deleted ? alreadyExists(id) : changedMeanwhile(id);
  if (!current || current.deleted) return notFound(id);
  if (current.version === expectation.expectedVersion) {
    // DynamoDB cancelled us for a transaction in flight on the same config; it may still commit
    return new DomainError("VersionConflict", `flow config ${id} is being changed by another request; reload and try again`);
  }
  return versionConflict(id, expectation.expectedVersion, current.version);
}

function failed(reason: CancellationReason | undefined): boolean {
  return reason?.Code !== undefined && reason.Code !== "None";
}

function isItemTooLarge(error: unknown): boolean {
  return error instanceof Error && error.name === "ValidationException" && /item size/i.test(error.message);
}

function isItemTooLargeReason(reason: CancellationReason): boolean {
  return reason.Code === "ValidationError" && /item size/i.test(reason.Message ?? "");
}

function changedMeanwhile(id: string): DomainError {
  return new DomainError("Conflict", `flow config ${id} was changed by another request at the same time; try again`);
}

export function alreadyExists(id: string): DomainError {
  return new DomainError("Conflict", `flow config ${id} already exists`);
}

export function versionConflict(id: string, expected: number, actual: number): DomainError {
  return new DomainError("VersionConflict", `flow config ${id} is at version ${actual}, not ${expected}: reload it and apply your change again`);
}
