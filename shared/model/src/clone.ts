import { DomainError, fail, ok, type Result } from "./errors";
import { effectiveConfig, isInstance } from "./effective-config";
import type { ConfigInput, StoredConfig } from "./schemas";

export interface CloneOptions {
  id: string;
  /** Link the copy to a template instead of copying it: it then inherits the template's shape and values. */
  linkTemplate: boolean;
}

/**
 * The config a clone creates. A detached copy takes the source's effective shape and values and stands
 * alone. A linked clone of a template is a new instance of it with no overrides yet; a linked clone of an
 * instance is a sibling instance of the same template with the same overrides (a new field office from an
 * existing one). Lookup keys are never copied: each belongs to one config.
 */
export function cloneConfig(source: StoredConfig, template: StoredConfig | null, options: CloneOptions): Result<ConfigInput> {
  if (options.id === source.id) {
    return fail(DomainError.invalid([{ path: "id", message: `the clone needs an id other than ${source.id}` }]));
  }
  if (options.linkTemplate) {
    if (isInstance(source)) {
      return ok({ ...withoutMetadata(source), id: options.id, lookupKeys: [] });
    }
    return ok({ id: options.id, description: source.description, templateId: source.id, variables: [], prompts: [], lookupKeys: [] });
  }
  const effective = effectiveConfig(source, template);
  return ok({
    id: options.id,
    kind: effective.kind,
    description: effective.description,
    languages: effective.languages,
    defaultLanguage: effective.defaultLanguage,
    variables: effective.variables.map(({ source: _source, ...variable }) => variable),
    prompts: effective.prompts.map(({ source: _source, ...prompt }) => prompt),
    lookupKeys: [],
    templateId: null,
  });
}

function withoutMetadata(stored: StoredConfig): ConfigInput {
  const { version: _version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...body } = stored;
  return body;
}
