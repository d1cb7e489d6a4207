import type { Issue } from "../errors";
import type { FlowConfigBody } from "../schemas";
import { checkVariableValue } from "../variable-value";
import type { EntryValuesPatch } from "../schemas";

type Shape = Pick<FlowConfigBody, "id" | "languages" | "variables" | "prompts">;

/**
 * Where a values patch no longer fits a config's shape: unknown names, values of the wrong type, texts in a
 * language the config does not have. Zod-free, so getConfig can skip a window that stopped fitting.
 */
export function patchMisfits(shape: Shape, patch: EntryValuesPatch, path = "patch"): Issue[] {
  const issues: Issue[] = [];
  patch.variables.forEach((change, index) => {
    const variable = shape.variables.find((candidate) => candidate.name === change.name);
    if (!variable) {
      issues.push({ path: `${path}.variables[${index}].name`, message: `"${change.name}" is not a variable of ${shape.id}` });
      return;
    }
    const problem = checkVariableValue(variable, change.value);
    if (problem) issues.push({ path: `${path}.variables[${index}].value`, message: `${change.name} ${problem}` });
  });
  patch.prompts.forEach((change, index) => {
    if (!shape.prompts.some((prompt) => prompt.name === change.name)) {
      issues.push({ path: `${path}.prompts[${index}].name`, message: `"${change.name}" is not a prompt of ${shape.id}` });
      return;
    }
    for (const language of Object.keys(change.values)) {
      if (!shape.languages.includes(language)) {
        issues.push({ path: `${path}.prompts[${index}].values.${language}`, message: `"${language}" is not one of ${shape.id}'s languages (${shape.languages.join(", ")})` });
      }
    }
  });
  return issues;
}
