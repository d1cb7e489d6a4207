import { isApiError, isNetworkError } from "@flow-configs/api-client";
import { SignInRequiredError } from "@flow-configs/auth";
import { issueMessage } from "./issue-messages";
import type { SentEntries } from "./issue-messages";

export type FailureKind = "network" | "signIn" | "conflict" | "api";

export interface Failure {
  kind: FailureKind;
  title: string;
  message: string;
}

/** What a 404 says: the API does not reveal whether a config outside the user's scope exists. */
export const NOT_FOUND_TITLE = "Not found, or you have no access";

/**
 * Sorts an error from a page's API call into what the user can do about it, in the user's words: the
 * API's issue paths (`variables[0].value`) become the entries' names, read from the request `sent`.
 */
export function describeError(error: unknown, sent?: SentEntries): Failure {
  if (error instanceof SignInRequiredError) {
    return { kind: "signIn", title: "Your session has expired", message: "Sign in again to continue. Nothing on this page is lost." };
  }
  if (isNetworkError(error)) {
    return { kind: "network", title: "Could not reach the Flow Configs API", message: "Check your connection and retry." };
  }
  if (isApiError(error)) {
    if (error.status === 412) {
      return { kind: "conflict", title: "Someone else saved this config", message: error.message };
    }
    if (error.status === 404) {
      // The API answers the same for a config outside the user's scope: never claim it "does not exist".
      const message = /does not exist/.test(error.message) ? "It may not exist, or it is not shared with you. Ask an administrator if you need it." : error.message;
      return { kind: "api", title: NOT_FOUND_TITLE, message };
    }
    // The API's message lists its issues by path; the user reads them by name instead.
    const message = error.issues.length > 0 ? error.issues.map((issue) => issueMessage(issue, sent)).join("; ") : error.message;
    return { kind: "api", title: titleOf(error.status), message };
  }
  return { kind: "api", title: "Something went wrong", message: error instanceof Error ? error.message : String(error) };
}

function titleOf(status: number): string {
  if (status === 400) return "The API refused the input";
  if (status === 401) return "Not signed in";
  if (status === 403) return "Not allowed";
  if (status === 409) return "Already exists";
  if (status === 413) return "Too large";
  return `The API answered ${status}`;
}
