import type { FlowAction } from "./flow-content";

/** The getConfig function's names: the deployed one (`<prefix>-get-config`) and the local stack's. */
export const GET_CONFIG_FUNCTION_NAMES: readonly string[] = ["flow-configs-get-config", "getConfig"];

/**
 * Which config an invocation asks for. `id`: a literal config id. `lookup`: a literal lookup key.
 * `dynamic`: decided during the call (a `$.` reference, or no id or lookup: the dialed number).
 */
export type ConfigTarget =
  | { kind: "id"; id: string }
  | { kind: "lookup"; key: string }
  | { kind: "dynamic"; source: string };

export const LAMBDA_ACTION = "InvokeLambdaFunction";

const isReference = (value: string) => value.trim().startsWith("$.");

/** True for an ARN, a name or an ARN with a version or alias qualifier that names one of `functionNames`. */
export function namesGetConfig(lambdaFunction: string, functionNames: readonly string[]): boolean {
  const withoutQualifier = /:function:([^:]+)(:[^:]+)?$/.exec(lambdaFunction)?.[1] ?? lambdaFunction;
  return functionNames.some((name) => withoutQualifier === name || withoutQualifier.endsWith(`-${name}`) || withoutQualifier.endsWith(`/${name}`));
}

function stringAttribute(attributes: unknown, name: string): string | undefined {
  if (typeof attributes !== "object" || attributes === null) return undefined;
  const value = (attributes as Record<string, unknown>)[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The target of a getConfig invocation, or null when the action does not invoke getConfig. */
export function getConfigTarget(action: FlowAction, functionNames: readonly string[]): ConfigTarget | null {
  if (action.Type !== LAMBDA_ACTION) return null;
  const lambdaFunction = action.Parameters?.LambdaFunctionARN;
  if (typeof lambdaFunction !== "string" || !namesGetConfig(lambdaFunction, functionNames)) return null;
  const attributes = action.Parameters?.LambdaInvocationAttributes;
  const id = stringAttribute(attributes, "id");
  if (id !== undefined) return isReference(id) ? { kind: "dynamic", source: id } : { kind: "id", id };
  const lookup = stringAttribute(attributes, "lookup");
  if (lookup !== undefined) return isReference(lookup) ? { kind: "dynamic", source: `lookup ${lookup}` } : { kind: "lookup", key: lookup };
  return { kind: "dynamic", source: "dialed number" };
}
