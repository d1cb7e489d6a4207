import type { ErrorCode } from "@flow-configs/model";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The HTTP status of each domain error code: the model names what went wrong, the HTTP edge how to say it. */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  InvalidInput: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  Conflict: 409,
  TemplateMissing: 409,
  InUse: 409,
  VersionConflict: 412,
  TooLarge: 413,
  UnsupportedMediaType: 415,
  PreconditionRequired: 428,
};
