import { isApiError, isNetworkError } from "@flow-configs/api-client";
import { SignInRequiredError } from "@flow-configs/auth";

export type FailureKind = "network" | "signIn" | "conflict" | "api";

export interface Failure {
  kind: FailureKind;
  title: string;
  message: string;
}

/** Sorts an error from a page's API call into what the user can do about it. */
export function describeError(error: unknown): Failure {
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
    // The API's message usually lists its issues already; add only those it does not mention.
    const unmentioned = error.issues.filter((issue) => !error.message.includes(issue.message));
    const details = unmentioned.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    const message = details ? `${error.message} (${details})` : error.message;
    return { kind: "api", title: titleOf(error.status), message };
  }
  return { kind: "api", title: "Something went wrong", message: error instanceof Error ? error.message : String(error) };
}

function titleOf(status: number): string {
  if (status === 400) return "The API refused the input";
  if (status === 401) return "Not signed in";
  if (status === 403) return "Not allowed";
  if (status === 404) return "Not found";
  if (status === 409) return "Already exists";
  if (status === 413) return "Too large";
  return `The API answered ${status}`;
}
