import { DomainError, ERROR_STATUS, type ErrorBody, type FlowConfig } from "@flow-configs/model";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VersionConflictError } from "#domain/version-check";

export interface ErrorResponse {
  status: ContentfulStatusCode;
  body: ErrorBody & { current?: FlowConfig };
}

/** The one place a domain error becomes an HTTP status and JSON body; anything else is a 500 without details. */
export function errorResponse(error: unknown): ErrorResponse {
  if (!(error instanceof DomainError)) {
    return { status: 500, body: { code: "Internal", message: "something went wrong on our side; it has been logged" } };
  }
  const body: ErrorResponse["body"] = { code: error.code, message: error.message };
  if (error.issues.length > 0) body.issues = [...error.issues];
  if (error instanceof VersionConflictError && error.current) body.current = error.current;
  return { status: ERROR_STATUS[error.code], body };
}
