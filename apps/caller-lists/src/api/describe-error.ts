import { isApiError, isNetworkError } from "@flow-configs/api-client";
import { SignInRequiredError } from "@flow-configs/auth";

/** What a failed call tells the user, as a flash's header and content. */
export function describeError(error: unknown): { header: string; content: string } {
  if (error instanceof SignInRequiredError) return { header: "Your session has expired", content: "Sign in again to continue." };
  if (isNetworkError(error)) return { header: "Could not reach the Caller Lists API", content: "Check your connection and retry." };
  if (isApiError(error)) {
    const unmentioned = error.issues.filter((issue) => !error.message.includes(issue.message));
    const details = unmentioned.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    return { header: error.status === 403 ? "Not allowed" : `The API answered ${error.status}`, content: details ? `${error.message} (${details})` : error.message };
  }
  return { header: "Something went wrong", content: error instanceof Error ? error.message : String(error) };
}
