import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "@flow-configs/local-aws";
import { startLocalStack, type LocalStack, type LocalStackOptions } from "../../src/stack";

/**
 * Options for a stack on free ports (never the product's fixed ones) with no web servers. The ports are
 * chosen once per test file and reused: the handlers keep the environment of their first import.
 */
export async function testStackOptions(overrides: Partial<LocalStackOptions> = {}): Promise<LocalStackOptions> {
  return {
    apiPort: await findFreePort(),
    lambdaPort: await findFreePort(),
    dynamoDbPort: await findFreePort(),
    shellPort: await findFreePort(),
    remotePort: await findFreePort(),
    callerListsRemotePort: await findFreePort(),
    workspacePort: await findFreePort(),
    dataDir: mkdtempSync(join(tmpdir(), "flow-configs-local-")),
    inMemory: true,
    skipWeb: true,
    cacheTtlSeconds: 0,
    log: () => undefined,
    ...overrides,
  };
}

export function startTestStack(options: LocalStackOptions): Promise<LocalStack> {
  return startLocalStack(options);
}

/** An ID token from the stack's own `POST /local/token`. */
export async function tokenFor(apiUrl: string, request: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${apiUrl}/local/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`/local/token answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id_token: string }).id_token;
}

export function invoke(lambdaUrl: string, functionName: string, event: unknown): Promise<Response> {
  return fetch(`${lambdaUrl}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`, {
    method: "POST",
    body: JSON.stringify(event),
  });
}
