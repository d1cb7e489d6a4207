import { RuntimeConfigSchema, type RuntimeConfig } from "@flow-configs/model/runtime";

export type RuntimeConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problems: string[] };

/** Fetches `/config.json` and validates it; every problem is named so a bad deployment is easy to fix. */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl("/config.json", { cache: "no-store" });
  } catch (error) {
    return { ok: false, problems: [`/config.json could not be fetched: ${String(error)}`] };
  }
  if (!response.ok) return { ok: false, problems: [`/config.json answered HTTP ${response.status}`] };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, problems: ["/config.json is not JSON"] };
  }
  const parsed = RuntimeConfigSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `/config.json ${issue.path.join(".") || "(root)"}: ${issue.message}`),
    };
  }
  return { ok: true, config: parsed.data };
}
