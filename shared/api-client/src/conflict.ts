import { FlowConfigSchema } from "@flow-configs/model";
import type { FlowConfig } from "@flow-configs/model";
import type { ApiError } from "./api-error";

/** On a 412 the API sends the config as it now is on the server, so the UI can diff and reapply. */
export function serverConfigOf(error: ApiError): FlowConfig | null {
  if (error.status !== 412 || typeof error.body !== "object" || error.body === null) return null;
  const parsed = FlowConfigSchema.safeParse((error.body as { current?: unknown }).current);
  return parsed.success ? parsed.data : null;
}
