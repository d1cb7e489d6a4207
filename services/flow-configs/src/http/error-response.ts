import type { Logger } from "@aws-lambda-powertools/logger";
import { DomainError, type ErrorBody, type FlowConfig } from "@flow-configs/model";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VersionConflictError } from "#domain/version-check";
import { recordRefusedSave } from "#observability/metrics";
import { ERROR_STATUS } from "./error-status";

export interface ErrorResponse {
  status: ContentfulStatusCode;
  body: ErrorBody & { current?: FlowConfig };
}

/** What Hono's own middleware refuses (a body of another media type), as the domain error it is. */
function fromHttpException(error: HTTPException): DomainError | null {
  if (error.status === 415) return new DomainError("UnsupportedMediaType", "Content-Type: send application/json");
  return null;
}

/** The one place a domain error becomes an HTTP status and JSON body; anything else is a 500 without details. */
export function errorResponse(thrown: unknown): ErrorResponse {
  const error = thrown instanceof HTTPException ? (fromHttpException(thrown) ?? thrown) : thrown;
  if (!(error instanceof DomainError)) {
    return { status: 500, body: { code: "Internal", message: "something went wrong on our side; it has been logged" } };
  }
  const body: ErrorResponse["body"] = { code: error.code, message: error.message };
  if (error.issues.length > 0) body.issues = [...error.issues];
  if (error instanceof VersionConflictError && error.current) body.current = error.current;
  return { status: ERROR_STATUS[error.code], body };
}

/**
 * Every module's API `onError`: the error as its status and body. A 5xx is logged as an error; a refusal at
 * info, with its cause's detail (a token's exact fault) for the log only; a refused write is counted
 * (`SaveRefused`, its code as metadata).
 */
export function apiErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) logger.error("request failed", { method: c.req.method, path: c.req.path, error });
    else logger.info("request refused", { method: c.req.method, path: c.req.path, status, code: body.code, ...refusalDetail(error) });
    if (status < 500 && c.req.method !== "GET") recordRefusedSave(body.code);
    return c.json(body, status);
  };
}

function refusalDetail(error: unknown): { detail?: string } {
  return error instanceof Error && error.cause instanceof Error ? { detail: error.cause.message } : {};
}
