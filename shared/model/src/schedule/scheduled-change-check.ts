import { deepEqual } from "../deep-equal";
import type { Issue } from "../errors";
import type { EntryValuesPatch, FlowConfig, ScheduledChange, ScheduledChangeInput } from "../schemas";
import { MAX_SCHEDULED_CHANGES } from "../schemas";
import { checkPromptTexts } from "../validate";
import { patchMisfits } from "./patch-fit";
import { formatInZone, instantOf, parseDateTime } from "./time-zone";

export interface ScheduleCheckContext {
  /** The config's effective shape (an instance's is its template's). */
  shape: FlowConfig;
  /** The zone wall-clock times are read in. */
  timeZone: string;
  nowMs: number;
  /** How many windows the config has already. */
  existing: number;
}

/** What a patch is checked against: the config's entries and languages (a body or an effective config). */
type PatchShape = Pick<FlowConfig, "id" | "languages" | "variables" | "prompts">;

function patchIssues(shape: PatchShape, patch: EntryValuesPatch, path: string): Issue[] {
  const issues = patchMisfits(shape, patch, path);
  if (patch.variables.length === 0 && patch.prompts.length === 0) issues.push({ path, message: "must change at least one variable or prompt" });
  patch.prompts.forEach((change, index) => {
    for (const [language, texts] of Object.entries(change.values)) issues.push(...checkPromptTexts(texts, `${path}.prompts[${index}].values.${language}`));
  });
  return issues;
}

/**
 * What is wrong with a new scheduled change: its window (a `to` not after `from`, or a window that has
 * already ended), its patch against the config's shape, or one window too many.
 */
export function checkScheduledChange(input: ScheduledChangeInput, context: ScheduleCheckContext): Issue[] {
  const issues: Issue[] = [];
  if (context.existing >= MAX_SCHEDULED_CHANGES) {
    issues.push({ path: "", message: `${context.shape.id} already has ${MAX_SCHEDULED_CHANGES} scheduled changes, the most a config may have: remove one first` });
  }
  const from = parseDateTime(input.from);
  const to = input.to === undefined ? null : parseDateTime(input.to);
  if (from && to) {
    const fromMs = instantOf(from, context.timeZone);
    const toMs = instantOf(to, context.timeZone);
    if (toMs <= fromMs) {
      issues.push({ path: "to", message: `must be after from (${formatInZone(fromMs, context.timeZone)}); it is ${formatInZone(toMs, context.timeZone)}` });
    } else if (toMs <= context.nowMs) {
      issues.push({ path: "to", message: `this window has already ended (${formatInZone(toMs, context.timeZone)})` });
    }
  }
  issues.push(...patchIssues(context.shape, input.patch, "patch"));
  return issues;
}

/** The windows that no longer fit a changed shape, with why: reported on the config, never served. */
export function scheduleMisfits(shape: FlowConfig, changes: readonly ScheduledChange[]): { id: string; issues: Issue[] }[] {
  return changes
    .map((change) => ({ id: change.id, issues: patchMisfits(shape, change.patch, "patch") }))
    .filter((misfit) => misfit.issues.length > 0);
}

/** The quick actions' problems against the shape they live on: a patch that names what the config lacks. */
export function quickActionIssues(shape: PatchShape & Pick<FlowConfig, "quickActions">): Issue[] {
  return (shape.quickActions ?? []).flatMap((action, index) => patchIssues(shape, action.patch, `quickActions[${index}].patch`));
}

/**
 * The entries a change request touches whose value changed since the version it was made on: approving it
 * would silently undo those changes, so the approval is refused naming them.
 */
export function entriesChangedSince(base: FlowConfig, current: FlowConfig, patch: EntryValuesPatch): string[] {
  const changed: string[] = [];
  for (const { name } of patch.variables) {
    const before = base.variables.find((variable) => variable.name === name)?.value;
    const now = current.variables.find((variable) => variable.name === name)?.value;
    if (before !== now) changed.push(name);
  }
  for (const { name } of patch.prompts) {
    const before = base.prompts.find((prompt) => prompt.name === name)?.values;
    const now = current.prompts.find((prompt) => prompt.name === name)?.values;
    if (!deepEqual(before, now)) changed.push(name);
  }
  return changed;
}
