import { DomainError, type FlowConfig } from "@flow-configs/model";

/** A 412 that carries the config as it now is, so the UI can show what changed under the user. */
export class VersionConflictError extends DomainError {
  constructor(readonly current: FlowConfig | null, expectedVersion: number) {
    super(
      "VersionConflict",
      current
        ? `flow config ${current.id} is at version ${current.version}, not ${expectedVersion}: reload it and apply your change again`
        : `the flow config was deleted after version ${expectedVersion}`,
    );
  }
}

/** Writes need the version they were based on (`If-Match`); without one a lost update is possible. */
export function requireExpectedVersion(expectedVersion: number | undefined): number {
  if (expectedVersion === undefined) {
    throw new DomainError("PreconditionRequired", 'If-Match: send the version you changed, as the ETag ("<version>") of the config');
  }
  return expectedVersion;
}

export function checkVersion(expectedVersion: number, current: FlowConfig): void {
  if (current.version !== expectedVersion) throw new VersionConflictError(current, expectedVersion);
}
