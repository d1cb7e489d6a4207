import type { FlowSource } from "@flow-configs/model";

/** A contact flow that invokes getConfig with `attributes`, then plays each name it reads. */
export function aFlow(name: string, attributes: Record<string, string>, reads: string[]): FlowSource {
  const plays = reads.map((read, index) => ({
    Identifier: `play-${index}`,
    Type: "MessageParticipant",
    Parameters: { Text: `$.External.${read}` },
    Transitions: { NextAction: `play-${index + 1}` },
  }));
  const invoke = { Identifier: "config", Type: "InvokeLambdaFunction", Parameters: { LambdaFunctionARN: "getConfig", LambdaInvocationAttributes: attributes }, Transitions: { NextAction: "play-0" } };
  return { id: `${name}.json`, name, type: "CONTACT_FLOW", content: { Version: "2019-10-30", StartAction: "config", Actions: [invoke, ...plays] } };
}
