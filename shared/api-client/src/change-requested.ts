import type { ChangeRequest } from "@flow-configs/model";
import type { SaveOutcome, VersionedConfig } from "./flow-configs-client";

/**
 * A values change the caller needs in effect now went to a second person instead (the config requires
 * approval, API 202): nothing a flow reads changed.
 */
export class ChangeRequestedError extends Error {
  readonly request: ChangeRequest;

  constructor(configId: string, request: ChangeRequest) {
    super(`${configId} requires approval: the change waits for another person to approve it, and nothing changed yet`);
    this.name = "ChangeRequestedError";
    this.request = request;
  }
}

/** The saved version, for a caller that cannot wait for an approval: a change request is an error to it. */
export function requireSaved(configId: string, outcome: SaveOutcome): VersionedConfig {
  if (outcome.kind === "requested") throw new ChangeRequestedError(configId, outcome.request);
  return outcome.saved;
}
