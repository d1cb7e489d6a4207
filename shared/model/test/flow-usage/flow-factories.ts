import { readFileSync } from "node:fs";
import type { FlowAction, FlowSource } from "../../src";

/** The deployed getConfig's ARN, as synth fills the BasicQueue flow's placeholder. */
export const GET_CONFIG_ARN = "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-get-config";
export const OTHER_LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-is-bad-actor";
const QUEUE_ARN = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** The repo's BasicQueue flow as the console would export it after deploy: placeholders filled. */
export function basicQueueFlow(): FlowSource {
  const file = new URL("../../../../infra/contact-flows/basic-queue.json", import.meta.url);
  const content = readFileSync(file, "utf8").replaceAll("{{GET_CONFIG_FUNCTION_ARN}}", GET_CONFIG_ARN).replaceAll("{{BASIC_QUEUE_ARN}}", QUEUE_ARN);
  return { id: "basic-queue", name: "BasicQueue", type: "CONTACT_FLOW", content };
}

type Next = { next?: string; errors?: string[]; conditions?: { next: string; operands: string[] }[] };

function transitions({ next, errors = [], conditions = [] }: Next): FlowAction["Transitions"] {
  return {
    ...(next ? { NextAction: next } : {}),
    ...(conditions.length > 0
      ? { Conditions: conditions.map((condition) => ({ NextAction: condition.next, Condition: { Operator: "Equals", Operands: condition.operands } })) }
      : {}),
    Errors: errors.map((error) => ({ NextAction: error, ErrorType: "NoMatchingError" })),
  };
}

export function invokeLambda(identifier: string, arn: string, attributes: Record<string, string>, next: Next = {}): FlowAction {
  return {
    Identifier: identifier,
    Type: "InvokeLambdaFunction",
    Parameters: { LambdaFunctionARN: arn, InvocationTimeLimitSeconds: "3", LambdaInvocationAttributes: attributes, ResponseValidation: { ResponseType: "STRING_MAP" } },
    Transitions: transitions(next),
  };
}

export const getConfig = (identifier: string, attributes: Record<string, string>, next: Next = {}) =>
  invokeLambda(identifier, GET_CONFIG_ARN, attributes, next);

export function message(identifier: string, text: string, next: Next = {}): FlowAction {
  return { Identifier: identifier, Type: "MessageParticipant", Parameters: { Text: text }, Transitions: transitions(next) };
}

export function compare(identifier: string, value: string, next: Next): FlowAction {
  return { Identifier: identifier, Type: "Compare", Parameters: { ComparisonValue: value }, Transitions: transitions(next) };
}

export function setAttributes(identifier: string, attributes: Record<string, string>, next: Next = {}): FlowAction {
  return { Identifier: identifier, Type: "UpdateContactAttributes", Parameters: { Attributes: attributes, TargetContact: "Current" }, Transitions: transitions(next) };
}

export const disconnect = (identifier = "disconnect"): FlowAction => ({ Identifier: identifier, Type: "DisconnectParticipant", Parameters: {}, Transitions: {} });

/** A flow (or a module, with type MODULE) shaped like a console export, around the given actions. */
export function flow(name: string, actions: FlowAction[], options: { type?: string; id?: string } = {}): FlowSource {
  const content = {
    Version: "2019-10-30",
    StartAction: actions[0]?.Identifier,
    Metadata: {
      entryPointPosition: { x: 20, y: 20 },
      ActionMetadata: Object.fromEntries(actions.map((action, index) => [action.Identifier, { position: { x: 160 * index, y: 20 } }])),
      name,
      type: options.type === "MODULE" ? "contactFlowModule" : "contactFlow",
      status: "published",
    },
    Actions: actions,
  };
  return { id: options.id ?? name.toLowerCase(), name, type: options.type ?? "CONTACT_FLOW", content: JSON.stringify(content) };
}
