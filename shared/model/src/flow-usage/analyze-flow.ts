import type { z } from "zod";
import { formatPath } from "../issue-path";
import { FlowContentSchema, type FlowAction } from "./flow-content";
import { readsAfter } from "./external-reads";
import { GET_CONFIG_FUNCTION_NAMES, getConfigTarget, type ConfigTarget } from "./get-config-invocation";

/** A contact flow or flow module as a directory holds it. */
export interface FlowSource {
  id: string;
  name: string;
  /** Connect's flow type (`CONTACT_FLOW`, `CUSTOMER_QUEUE`, …) or `MODULE` for a flow module. */
  type: string;
  /** The flow language JSON: as text (DescribeContactFlow's `Content`) or already parsed (a local file). */
  content: unknown;
}

/** One getConfig invocation in a flow: the config it asks for and the names read from its response. */
export interface ConfigInvocation {
  actionId: string;
  target: ConfigTarget;
  reads: string[];
}

export interface FlowAnalysis {
  id: string;
  name: string;
  type: string;
  invocations: ConfigInvocation[];
}

/** A flow that could not be read: reported by name, never a failure of the whole scan. */
export interface FlowReadError {
  id: string;
  name: string;
  message: string;
}

export interface AnalyzeOptions {
  /** The getConfig function's names (default GET_CONFIG_FUNCTION_NAMES). */
  getConfigNames?: readonly string[];
}

function parseContent(content: unknown): { ok: true; actions: FlowAction[] } | { ok: false; message: string } {
  let json = content;
  if (typeof content === "string") {
    try {
      json = JSON.parse(content);
    } catch (error) {
      return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
    }
  }
  const parsed = FlowContentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    return { ok: false, message: `is not Amazon Connect flow language: ${formatPath(issue.path)}: ${issue.message}` };
  }
  return { ok: true, actions: parsed.data.Actions };
}

/** The getConfig invocations of one flow and what each reads; a flow that does not parse is an error. */
export function analyzeFlow(source: FlowSource, options: AnalyzeOptions = {}): FlowAnalysis | FlowReadError {
  const parsed = parseContent(source.content);
  if (!parsed.ok) return { id: source.id, name: source.name, message: parsed.message };
  const names = options.getConfigNames ?? GET_CONFIG_FUNCTION_NAMES;
  const actions = new Map(parsed.actions.map((action) => [action.Identifier, action]));
  const invocations: ConfigInvocation[] = [];
  for (const action of parsed.actions) {
    const target = getConfigTarget(action, names);
    if (target) invocations.push({ actionId: action.Identifier, target, reads: readsAfter(action, actions) });
  }
  return { id: source.id, name: source.name, type: source.type, invocations };
}

export interface FlowScan {
  flows: FlowAnalysis[];
  errors: FlowReadError[];
}

export function analyzeFlows(sources: readonly FlowSource[], options: AnalyzeOptions = {}): FlowScan {
  const scan: FlowScan = { flows: [], errors: [] };
  for (const source of sources) {
    const result = analyzeFlow(source, options);
    if ("message" in result) scan.errors.push(result);
    else scan.flows.push(result);
  }
  return scan;
}
