import type { z } from "zod";
import { DomainError, fail, ok, selfDescribedIssue, type Issue, type Result } from "./errors";
import { isInstance } from "./effective-config";
import { formatPath } from "./issue-path";
import {
  FlowConfigBodySchema,
  InstanceBodySchema,
  ValuePatchSchema,
  type ConfigInput,
  type FlowConfigBody,
  type InstanceBody,
  type PromptText,
  type ValuePatch,
  type Variable,
} from "./schemas";
import { checkSsml, isSsml } from "./ssml";
import { checkVariableValue } from "./variable-value";

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(body)", message: issue.message }));
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown): Result<T> {
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : fail(DomainError.invalid(zodIssues(parsed.error)));
}

/** Which text of which prompt an issue is about, as people name it: `Welcome (es-US, voice)`. */
export interface PromptTextLabel {
  prompt: string;
  language: string;
}

/**
 * Checks a voice text that is SSML; a plain text always passes. With a label, the message names the
 * prompt, language and variant ("Welcome (es-US, voice): …"); the path stays for tools.
 */
export function checkPromptTexts(texts: PromptText, path: string, label?: PromptTextLabel): Issue[] {
  if (texts.voice === undefined || !isSsml(texts.voice)) return [];
  const problem = checkSsml(texts.voice);
  if (!problem) return [];
  if (!label) return [{ path: `${path}.voice`, message: problem }];
  return [selfDescribedIssue({ path: `${path}.voice`, message: `${label.prompt} (${label.language}, voice): ${problem}` })];
}

/** Variables and prompts share one namespace because getConfig flattens them into one map. */
function checkNames(body: { variables: readonly { name: string }[]; prompts: readonly { name: string }[] }): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const entries = [
    ...body.variables.map((entry, index) => ({ name: entry.name, path: `variables[${index}]` })),
    ...body.prompts.map((entry, index) => ({ name: entry.name, path: `prompts[${index}]` })),
  ];
  for (const entry of entries) {
    const earlier = seen.get(entry.name);
    if (earlier) {
      issues.push({
        path: `${entry.path}.name`,
        message: `"${entry.name}" is both ${earlier} and ${entry.path}: variables and prompts share one namespace`,
      });
    } else {
      seen.set(entry.name, entry.path);
    }
  }
  return issues;
}

function checkDuplicates(values: readonly string[], path: string, what: string): Issue[] {
  return values.flatMap((value, index) =>
    values.indexOf(value) !== index ? [{ path: `${path}[${index}]`, message: `${what} "${value}" is listed twice` }] : [],
  );
}

function checkVariable(variable: Variable, path: string): Issue[] {
  const issues: Issue[] = [];
  if (variable.type === "enum") {
    if (!variable.options || variable.options.length === 0) {
      issues.push({ path: `${path}.options`, message: "an enum variable needs at least one option" });
      return issues;
    }
    issues.push(...checkDuplicates(variable.options, `${path}.options`, "option"));
  } else if (variable.options !== undefined) {
    issues.push({ path: `${path}.options`, message: `options apply only to enum variables, not ${variable.type}` });
  }
  const problem = checkVariableValue(variable, variable.value);
  if (problem) issues.push({ path: `${path}.value`, message: problem });
  return issues;
}

function checkBody(body: FlowConfigBody): Issue[] {
  const issues: Issue[] = [...checkDuplicates(body.languages, "languages", "language")];
  if (!body.languages.includes(body.defaultLanguage)) {
    issues.push({ path: "defaultLanguage", message: `"${body.defaultLanguage}" is not one of the languages (${body.languages.join(", ")})` });
  }
  issues.push(...checkNames(body));
  body.variables.forEach((variable, index) => issues.push(...checkVariable(variable, `variables[${index}]`)));
  body.prompts.forEach((prompt, index) => {
    for (const [language, texts] of Object.entries(prompt.values)) {
      const path = `prompts[${index}].values.${language}`;
      if (!body.languages.includes(language)) {
        issues.push({ path, message: `"${language}" is not one of the config's languages (${body.languages.join(", ")})` });
      }
      issues.push(...checkPromptTexts(texts, path, { prompt: prompt.name, language }));
    }
  });
  issues.push(...checkDuplicates(body.lookupKeys, "lookupKeys", "lookup key"));
  if (body.kind === "list") issues.push(...checkList(body));
  return issues;
}

/** A list is read by isBadActor, which looks only at entry names: anything else in it would never be served. */
function checkList(body: FlowConfigBody): Issue[] {
  const issues: Issue[] = body.variables.flatMap((variable, index) =>
    variable.type === "list-entry" ? [] : [{ path: `variables[${index}].type`, message: `a list holds only list-entry variables; ${variable.name} is ${variable.type}` }],
  );
  if (body.prompts.length > 0) issues.push({ path: "prompts", message: "a list has no prompts: isBadActor reads only its entries" });
  return issues;
}

function checkInstance(instance: InstanceBody): Issue[] {
  const issues: Issue[] = [...checkNames(instance), ...checkDuplicates(instance.lookupKeys, "lookupKeys", "lookup key")];
  if (instance.templateId === instance.id) issues.push({ path: "templateId", message: "a config cannot be its own template" });
  instance.prompts.forEach((prompt, index) => {
    for (const [language, texts] of Object.entries(prompt.values)) {
      issues.push(...checkPromptTexts(texts, `prompts[${index}].values.${language}`, { prompt: prompt.name, language }));
    }
  });
  return issues;
}

/**
 * Parses what an admin sends to create or replace a config: a standalone config or template (full shape),
 * or — when `templateId` is a string — a template instance carrying only overrides. Every problem is
 * reported with its path.
 */
export function parseConfigInput(json: unknown): Result<ConfigInput> {
  const isInstanceInput = typeof json === "object" && json !== null && typeof (json as { templateId?: unknown }).templateId === "string";
  if (isInstanceInput) {
    const parsed = parseWith(InstanceBodySchema, json);
    if (!parsed.ok) return parsed;
    const issues = checkInstance(parsed.value);
    return issues.length ? fail(DomainError.invalid(issues)) : parsed;
  }
  const parsed = parseWith(FlowConfigBodySchema, json);
  if (!parsed.ok) return parsed;
  const issues = checkBody(parsed.value);
  return issues.length ? fail(DomainError.invalid(issues)) : parsed;
}

export function parseValuePatch(json: unknown): Result<ValuePatch> {
  const parsed = parseWith(ValuePatchSchema, json);
  if (!parsed.ok) return parsed;
  const issues = [
    ...checkDuplicates(parsed.value.variables.map((entry) => entry.name), "variables", "variable"),
    ...checkDuplicates(parsed.value.prompts.map((entry) => entry.name), "prompts", "prompt"),
  ];
  return issues.length ? fail(DomainError.invalid(issues)) : parsed;
}

/** An instance's overrides checked against its template: names it defines, values of the right type. */
export function validateAgainstTemplate(instance: InstanceBody, template: ConfigInput): Issue[] {
  if (isInstance(template)) {
    return [{ path: "templateId", message: `"${template.id}" is itself an instance of "${template.templateId}"; templates cannot be chained` }];
  }
  const issues: Issue[] = [];
  instance.variables.forEach((override, index) => {
    const variable = template.variables.find((candidate) => candidate.name === override.name);
    if (!variable) {
      issues.push({ path: `variables[${index}].name`, message: `"${override.name}" is not a variable of template ${template.id}` });
      return;
    }
    const problem = checkVariableValue(variable, override.value);
    if (problem) issues.push({ path: `variables[${index}].value`, message: problem });
  });
  instance.prompts.forEach((override, index) => {
    if (!template.prompts.some((candidate) => candidate.name === override.name)) {
      issues.push({ path: `prompts[${index}].name`, message: `"${override.name}" is not a prompt of template ${template.id}` });
      return;
    }
    for (const language of Object.keys(override.values)) {
      if (!template.languages.includes(language)) {
        issues.push({ path: `prompts[${index}].values.${language}`, message: `"${language}" is not one of template ${template.id}'s languages` });
      }
    }
  });
  return issues;
}
