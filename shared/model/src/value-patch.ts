import { DomainError, fail, ok, type Issue, type Result } from "./errors";
import { isInstance, mergePromptValues } from "./effective-config";
import type { ConfigInput, FlowConfigBody, InstanceBody, StoredConfig, ValuePatch } from "./schemas";
import { checkPromptTexts } from "./validate";
import { checkVariableValue } from "./variable-value";

/** The body of a stored config, without its metadata: what a write sends back to the store. */
export function bodyOf(stored: StoredConfig): ConfigInput {
  const { version: _version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...body } = stored;
  return body;
}

/** The shape a patch is checked against: the config itself, or an instance's template. */
function shapeOf(stored: StoredConfig, template: StoredConfig | null): FlowConfigBody | DomainError {
  if (!isInstance(stored)) return bodyOf(stored) as FlowConfigBody;
  if (!template || isInstance(template)) {
    return new DomainError("TemplateMissing", `template ${stored.templateId} of flow config ${stored.id} is missing: restore or recreate the template, or delete the config`);
  }
  return bodyOf(template) as FlowConfigBody;
}

function checkPatch(shape: FlowConfigBody, patch: ValuePatch, configId: string): Issue[] {
  const issues: Issue[] = [];
  const promptNames = new Set(shape.prompts.map((prompt) => prompt.name));
  const variableNames = new Set(shape.variables.map((variable) => variable.name));
  patch.variables.forEach((change, index) => {
    const variable = shape.variables.find((candidate) => candidate.name === change.name);
    if (!variable) {
      const hint = promptNames.has(change.name) ? " (it is a prompt)" : "";
      issues.push({ path: `variables[${index}].name`, message: `"${change.name}" is not a variable of ${configId}${hint}` });
      return;
    }
    const problem = checkVariableValue(variable, change.value);
    if (problem) issues.push({ path: `variables[${index}].value`, message: `${change.name} ${problem}` });
  });
  patch.prompts.forEach((change, index) => {
    if (!promptNames.has(change.name)) {
      const hint = variableNames.has(change.name) ? " (it is a variable)" : "";
      issues.push({ path: `prompts[${index}].name`, message: `"${change.name}" is not a prompt of ${configId}${hint}` });
      return;
    }
    for (const [language, texts] of Object.entries(change.values)) {
      const path = `prompts[${index}].values.${language}`;
      if (!shape.languages.includes(language)) {
        issues.push({ path, message: `"${language}" is not one of ${configId}'s languages (${shape.languages.join(", ")})` });
      }
      issues.push(...checkPromptTexts(texts, path, { prompt: change.name, language }));
    }
  });
  return issues;
}

/** `reset` drops an instance's overrides: each name must be one the template defines or one the instance overrides. */
function checkReset(stored: StoredConfig, shape: FlowConfigBody, patch: ValuePatch): Issue[] {
  const reset = patch.reset ?? [];
  if (reset.length === 0) return [];
  if (!isInstance(stored)) {
    return [{ path: "reset", message: `${stored.id} is not a template instance: it has no overrides to reset` }];
  }
  const known = new Set([
    ...shape.variables.map((variable) => variable.name),
    ...shape.prompts.map((prompt) => prompt.name),
    ...stored.variables.map((override) => override.name),
    ...stored.prompts.map((override) => override.name),
  ]);
  const patched = new Set([...patch.variables.map((change) => change.name), ...patch.prompts.map((change) => change.name)]);
  const issues: Issue[] = [];
  reset.forEach((name, index) => {
    if (!known.has(name)) issues.push({ path: `reset[${index}]`, message: `"${name}" is not a variable or prompt of ${stored.id}` });
    else if (patched.has(name)) issues.push({ path: `reset[${index}]`, message: `"${name}" cannot be both changed and reset` });
  });
  return issues;
}

function patchBody(body: FlowConfigBody, patch: ValuePatch): FlowConfigBody {
  const variableChanges = new Map(patch.variables.map((change) => [change.name, change]));
  const promptChanges = new Map(patch.prompts.map((change) => [change.name, change]));
  return {
    ...body,
    variables: body.variables.map((variable) => {
      const change = variableChanges.get(variable.name);
      if (!change) return variable;
      return { ...variable, value: change.value, ...(change.note !== undefined && { note: change.note }) };
    }),
    prompts: body.prompts.map((prompt) => {
      const change = promptChanges.get(prompt.name);
      return change ? { ...prompt, values: mergePromptValues(prompt.values, change.values) } : prompt;
    }),
  };
}

/** An instance keeps what a patch changes as overrides on top of its template. */
function patchOverrides(instance: InstanceBody, patch: ValuePatch): InstanceBody {
  const reset = new Set(patch.reset ?? []);
  const variables = instance.variables.filter((override) => !reset.has(override.name));
  for (const change of patch.variables) {
    const index = variables.findIndex((override) => override.name === change.name);
    const note = change.note ?? variables[index]?.note;
    const override = { name: change.name, value: change.value, ...(note !== undefined && { note }) };
    if (index >= 0) variables[index] = override;
    else variables.push(override);
  }
  const prompts = instance.prompts.filter((override) => !reset.has(override.name));
  for (const change of patch.prompts) {
    const index = prompts.findIndex((override) => override.name === change.name);
    const existing = prompts[index];
    if (existing) prompts[index] = { name: change.name, values: mergePromptValues(existing.values, change.values) };
    else prompts.push({ name: change.name, values: mergePromptValues({}, change.values) });
  }
  return { ...instance, variables, prompts };
}

/**
 * Changes the values of existing entries only — what a business user may do. A name the config does not
 * define is an error naming it (a patch never adds, removes or renames an entry); values are type-checked.
 * Entries the patch does not name keep their values; an instance's `reset` names are inherited again.
 */
export function applyValuePatch(stored: StoredConfig, patch: ValuePatch, template: StoredConfig | null): Result<ConfigInput> {
  const shape = shapeOf(stored, template);
  if (shape instanceof DomainError) return fail(shape);
  const issues = [...checkPatch(shape, patch, stored.id), ...checkReset(stored, shape, patch)];
  if (issues.length) return fail(DomainError.invalid(issues));
  const body = bodyOf(stored);
  return ok(isInstance(stored) ? patchOverrides(body as InstanceBody, patch) : patchBody(body as FlowConfigBody, patch));
}
