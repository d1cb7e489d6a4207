import { CONFIG_ID_PATTERN, LOOKUP_KEY_PATTERN } from "@flow-configs/model";
import type { FlowConfig, InstanceBody, Issue } from "@flow-configs/model";
import { patchOf } from "../config-edit/draft";
import type { Draft } from "../config-edit/draft";

export interface OfficeForm {
  id: string;
  description: string;
  /** As typed: keys separated by spaces, commas or new lines. */
  lookupKeys: string;
}

export const splitLookupKeys = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter(Boolean))];

/**
 * The instance a "new office" form creates: its id and lookup keys, and only the values that differ from
 * the template's — everything else stays inherited.
 */
export function officeInput(template: FlowConfig, form: OfficeForm, draft: Draft): { input: InstanceBody | null; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!CONFIG_ID_PATTERN.test(form.id)) issues.push({ path: "id", message: "must be 1–64 characters of A–Z a–z 0–9 _ -" });
  const lookupKeys = splitLookupKeys(form.lookupKeys);
  for (const key of lookupKeys) {
    if (!LOOKUP_KEY_PATTERN.test(key)) issues.push({ path: "lookupKeys", message: `"${key}" must be 1–128 characters of A–Z a–z 0–9 _ + . -` });
  }
  if (issues.length > 0) return { input: null, issues };
  const overrides = patchOf(template, draft);
  return {
    input: {
      id: form.id,
      description: form.description,
      templateId: template.id,
      lookupKeys,
      variables: overrides.variables.map(({ name, value }) => ({ name, value })),
      prompts: overrides.prompts,
    },
    issues,
  };
}
