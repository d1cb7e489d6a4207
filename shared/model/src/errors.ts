/**
 * Errors are values with a code at the domain edge; the HTTP edge maps each code to one status
 * (services/flow-configs `ERROR_STATUS`) in one place.
 */
export type ErrorCode =
  | "InvalidInput"
  | "Unauthorized"
  | "Forbidden"
  | "NotFound"
  | "MethodNotAllowed"
  | "Conflict"
  /** An instance whose template no longer exists: it cannot be resolved until the template is restored. */
  | "TemplateMissing"
  /** Contact flows read what the change would remove: `issues` name each flow; `?force=true` goes ahead. */
  | "InUse"
  | "VersionConflict"
  | "TooLarge"
  | "UnsupportedMediaType"
  | "PreconditionRequired";

/** One problem with an input, at a JSON path such as `variables[2].value` or `prompts[0].values.en-US.voice`. */
export interface Issue {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.issues = issues;
  }

  /** An InvalidInput error whose message lists every issue with its path. */
  static invalid(issues: readonly Issue[]): DomainError {
    const summary = issues.map((issue) => (SELF_DESCRIBED.has(issue) ? issue.message : `${issue.path}: ${issue.message}`)).join("; ");
    return new DomainError("InvalidInput", summary || "invalid input", issues);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });

/** Issues whose message names its subject for a person ("Welcome (es-US, voice): …"): summaries leave out their path. */
const SELF_DESCRIBED = new WeakSet<Issue>();

/** An issue whose message already names what it is about; its `path` stays for tools. */
export function selfDescribedIssue(issue: Issue): Issue {
  SELF_DESCRIBED.add(issue);
  return issue;
}
