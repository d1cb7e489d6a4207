import type { Issue } from "@flow-configs/model";

/**
 * The API answered with an error status. `body` is the parsed JSON as sent: on a 412 it carries the
 * server's current config, so the caller can show what changed and reapply its edits.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly Issue[];
  readonly body: unknown;

  constructor(status: number, code: string, message: string, issues: readonly Issue[], body: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.body = body;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
