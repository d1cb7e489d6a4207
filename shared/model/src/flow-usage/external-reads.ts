import type { FlowAction } from "./flow-content";
import { LAMBDA_ACTION } from "./get-config-invocation";

// A name never ends with a dot: "Say $.External.Welcome." reads Welcome.
const EXTERNAL_REFERENCE = /\$\.External\.([A-Za-z0-9_+\-.]*[A-Za-z0-9_+-])/g;

/** Every `$.External.<Name>` in a value: strings anywhere in it (text, SSML, attributes, compare operands). */
export function externalReferences(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (!value.includes("$.External.")) return;
    for (const match of value.matchAll(EXTERNAL_REFERENCE)) into.add(match[1] as string);
  } else if (Array.isArray(value)) {
    for (const item of value) externalReferences(item, into);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) externalReferences(item, into);
  }
}

/** Where an action goes next: its default, every condition's and every error's next action. */
export function nextActions(action: FlowAction, withErrors = true): string[] {
  const transitions = action.Transitions;
  if (!transitions) return [];
  const next: string[] = [];
  if (transitions.NextAction) next.push(transitions.NextAction);
  for (const condition of transitions.Conditions ?? []) if (condition.NextAction) next.push(condition.NextAction);
  if (withErrors) for (const error of transitions.Errors ?? []) if (error.NextAction) next.push(error.NextAction);
  return next;
}

/**
 * The `$.External` names read after `invocation` succeeds: in every action reachable from it, until another
 * Lambda invocation replaces `$.External` (its own parameters still read the old values). The
 * invocation's own error branches are not followed: there, nothing came back from it. Each action is
 * visited once, so loops end.
 */
export function readsAfter(invocation: FlowAction, actions: ReadonlyMap<string, FlowAction>): string[] {
  const reads = new Set<string>();
  const visited = new Set<string>([invocation.Identifier]);
  const pending = nextActions(invocation, false);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (visited.has(next)) continue;
    visited.add(next);
    const action = actions.get(next);
    if (!action) continue;
    externalReferences(action.Parameters, reads);
    // Conditions' operands are compare values too
    externalReferences(action.Transitions?.Conditions, reads);
    if (action.Type !== LAMBDA_ACTION) pending.push(...nextActions(action));
  }
  return [...reads].sort();
}
