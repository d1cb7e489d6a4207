import { CONFIG_ID_PATTERN, DomainError, formatPath, type Issue } from "@flow-configs/model";
import type { Context } from "hono";
import type { z } from "zod";

/** zod's issues as the API names them: one per unknown field, each at its JSON path (`variables[2].value`). */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "is not a field of this request (misspelt?)" }))
      : [{ path: formatPath(issue.path) || "(body)", message: issue.message }],
  );
}

const shown = (text: string) => JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);

/** A path that names no config (or no version) is a 404, like any unknown id; the text is quoted, so CR/LF stays inert. */
function unknownPathParams(c: Context): DomainError {
  const { id = "", version } = c.req.param() as { id?: string; version?: string };
  if (version !== undefined && CONFIG_ID_PATTERN.test(id)) return new DomainError("NotFound", `flow config ${id} has no version ${shown(version)}`);
  return new DomainError("NotFound", `no flow config has the id ${shown(id)}: ids are 1–64 characters of A–Z a–z 0–9 _ -`);
}

interface ValidationResult {
  success: boolean;
  target: string;
  error?: z.ZodError;
}

/** Every route's validation failure, as the domain error the HTTP edge maps (`errorResponse`). */
export function refuseInvalid(result: ValidationResult, c: Context): void {
  if (result.success) return;
  if (result.target === "param") throw unknownPathParams(c);
  throw DomainError.invalid(result.error ? issuesOf(result.error) : []);
}
