import { DomainError, formatPath } from "@flow-configs/model";
import type { z } from "zod";

/** A request body parsed with its schema; every problem is a 400 issue at its JSON path. */
export function parseBody<T>(schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw DomainError.invalid(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || "(body)", message: issue.message })));
}
