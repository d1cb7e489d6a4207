import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A small console-shaped flow: getConfig with `attributes` (null: no getConfig at all), then a message
 * block per name it reads, then disconnect.
 */
export function flowContent(name: string, attributes: Record<string, string> | null, reads: string[]): string {
  const messages = reads.map((read, index) => ({
    Identifier: `say-${index}`,
    Type: "MessageParticipant",
    Parameters: { Text: `$.External.${read}` },
    Transitions: { NextAction: index + 1 < reads.length ? `say-${index + 1}` : "end", Errors: [{ NextAction: "end", ErrorType: "NoMatchingError" }] },
  }));
  const first = messages[0]?.Identifier ?? "end";
  const getConfig = attributes && {
    Identifier: "get-config",
    Type: "InvokeLambdaFunction",
    Parameters: { LambdaFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-get-config", LambdaInvocationAttributes: attributes },
    Transitions: { NextAction: first, Errors: [{ NextAction: "end", ErrorType: "NoMatchingError" }] },
  };
  const actions = [...(getConfig ? [getConfig] : []), ...messages, { Identifier: "end", Type: "DisconnectParticipant", Parameters: {}, Transitions: {} }];
  return JSON.stringify({ Version: "2019-10-30", StartAction: actions[0]?.Identifier, Metadata: { name, type: "contactFlow" }, Actions: actions });
}

/** A temporary DATA_DIR whose `contact-flows/` a test drops flow files into. */
export async function createFlowsDataDir() {
  const dataDir = await mkdtemp(join(tmpdir(), "flow-configs-flows-"));
  const flowsDir = join(dataDir, "contact-flows");
  await mkdir(flowsDir, { recursive: true });
  return {
    dataDir,
    flowsDir,
    write: (file: string, content: string) => writeFile(join(flowsDir, file), content),
    remove: (file: string) => rm(join(flowsDir, file), { force: true }),
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}
