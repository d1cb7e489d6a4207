import { DomainError, formatPath } from "@flow-configs/model";
import type { ZodError } from "zod";

/** A body that does not fit its schema: 400 naming every field that is wrong. */
export const invalidBody = (error: ZodError): DomainError =>
  DomainError.invalid(error.issues.map((issue) => ({ path: formatPath(issue.path) || "(body)", message: issue.message })));
