import { ScanCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  diff,
  effectiveConfig,
  parseConfigInput,
  validateAgainstTemplate,
  type ConfigInput,
  type DomainError,
  type StoredConfig,
} from "@flow-configs/model";
import type { ConfigStore } from "@flow-configs/service/ports/config-store";
import { SEED_CONFIGS } from "./seed-configs";

export const SEED_AUTHOR = "seed";

/**
 * Writes the seed configs through the real store, only into a table that has never held anything —
 * so a config the user deleted or changed is never brought back by the next start.
 */
export async function seedWhenEmpty(client: DynamoDBClient, tableName: string, store: ConfigStore): Promise<string[]> {
  const anyItem = await client.send(new ScanCommand({ TableName: tableName, Limit: 1, Select: "COUNT" }));
  if ((anyItem.Count ?? 0) > 0 || anyItem.LastEvaluatedKey) return [];

  const created = new Map<string, StoredConfig>();
  for (const seed of SEED_CONFIGS) {
    const input = validSeed(seed, created);
    const at = new Date().toISOString();
    const template = input.templateId ? (created.get(input.templateId) ?? null) : null;
    const effective = effectiveConfig({ ...input, version: 1, updatedAt: at, updatedBy: SEED_AUTHOR }, template);
    const stored = await store.create(input, {
      action: "create",
      by: SEED_AUTHOR,
      at,
      changes: diff(null, effective),
    });
    created.set(stored.id, stored);
  }
  return [...created.keys()];
}

/** The seed goes through the same validation as an API create, so it can never hold what the API would refuse. */
function validSeed(seed: ConfigInput, created: ReadonlyMap<string, StoredConfig>): ConfigInput {
  const parsed = parseConfigInput(seed);
  if (!parsed.ok) throw seedError(seed.id, parsed.error);
  const input = parsed.value;
  if (input.templateId) {
    const template = created.get(input.templateId);
    if (!template) throw new Error(`Seed config ${input.id} names template ${input.templateId}, which is not seeded before it`);
    const issues = validateAgainstTemplate(input, template);
    if (issues.length > 0) {
      throw new Error(`Seed config ${input.id} does not fit its template: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
    }
  }
  return input;
}

function seedError(id: string, error: DomainError): Error {
  return new Error(`Seed config ${id} is invalid: ${error.message}`, { cause: error });
}
