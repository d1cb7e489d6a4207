/**
 * Issue 6's figures: 1500 field offices in their own table — CSV import time, list and search p50,
 * getConfig by lookup key (warm and cache miss) against a raw GetItem, and the writes a template edit costs.
 */
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import type { FlowConfigBody } from "@flow-configs/model";
import { currentKey } from "@flow-configs/model/storage-layout";
import { DynamoDbConfigStore } from "../src/adapters/dynamodb-config-store";
import { createConfigTable } from "../src/adapters/dynamodb-table";
import { CedarAuthorizer } from "../src/authz/cedar-authorizer";
import { getConfig } from "../src/domain/get-config";
import { listConfigs } from "../src/domain/list-configs";
import { importOfficesCsv } from "../src/domain/offices-csv";
import type { UseCaseDeps } from "../src/domain/use-case-deps";
import { replaceConfig } from "../src/domain/write-config";
import { createContactFlowReader } from "../src/handlers/contact-flow-reader";
import type { Principal } from "../src/ports/authorizer";

const TABLE = "flow-configs-bench-offices";
const OFFICES = 1500;
const SAMPLES = 60;
export const OFFICE_GOALS = { listMs: 50, csvSeconds: 60, missGetItems: 2 };

const ADMIN: Principal = { username: "bench", groups: ["FlowConfigsAdmin"], scope: null };

/** A field-office template: 8 variables, 3 prompts in 2 languages. */
function fieldOfficeTemplate(extraVariable = false): FlowConfigBody {
  return {
    id: "FieldOffice",
    kind: "standard",
    description: "Template for field offices",
    languages: ["en-US", "es-US"],
    defaultLanguage: "en-US",
    variables: [
      { name: "OfficeName", type: "string", value: "Field office" },
      { name: "Closure", type: "boolean", value: "false" },
      { name: "OpensAt", type: "string", value: "08:00" },
      { name: "ClosesAt", type: "string", value: "17:00" },
      { name: "QueueArn", type: "string", value: "arn:aws:connect:us-east-1:111122223333:instance/abc/queue/default" },
      { name: "Region", type: "enum", value: "North", options: ["North", "South", "East", "West"] },
      { name: "MaxWaitMinutes", type: "number", value: "10" },
      { name: "OfferCallback", type: "boolean", value: "true" },
      ...(extraVariable ? [{ name: "HolidayMode", type: "boolean" as const, value: "false" }] : []),
    ],
    prompts: ["Greeting", "ClosedMessage", "HoldMessage"].map((name) => ({
      name,
      values: { "en-US": { voice: `${name} of the field office.` }, "es-US": { voice: `${name} de la oficina.` } },
    })),
    lookupKeys: [],
    templateId: null,
  };
}

const officeId = (index: number) => `Office-${String(index).padStart(4, "0")}`;
const dialedNumber = (index: number) => `+1512555${String(index).padStart(4, "0")}`;

/** 1500 offices as the CSV an admin would upload: two lookup keys and a few overrides each. */
function officesCsv(): string {
  const header = "id,description,lookupKeys,OfficeName,Closure,Region,Greeting [en-US]";
  const rows = Array.from({ length: OFFICES }, (_, index) =>
    [officeId(index), `Field office ${index}`, `${dialedNumber(index)} OFF${index}`, `Office ${index}`, index % 7 === 0 ? "true" : "", ["North", "South", "East", "West"][index % 4], `Welcome to office ${index}.`].join(","),
  );
  return [header, ...rows].join("\n");
}

const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? Number.NaN;
const median = (samples: number[]) => percentile(samples, 50);

async function time(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function samples(count: number, call: (index: number) => Promise<unknown>): Promise<number[]> {
  const measured: number[] = [];
  for (let index = 0; index < count; index += 1) measured.push(await time(() => call(index)));
  return measured;
}

function lookupEvent(lookup: string) {
  return { Name: "ContactFlowEvent", Details: { ContactData: { Channel: "VOICE", LanguageCode: "en-US" }, Parameters: { lookup } } };
}

export async function fieldOfficesBench(endpoint: string) {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  let transactions = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "TransactWriteItemsCommand") transactions += 1;
      return next(args);
    },
    { step: "initialize", name: "countTransactions" },
  );
  await createConfigTable(client, TABLE);
  const store = new DynamoDbConfigStore(client, TABLE);
  const deps: UseCaseDeps = { store, authorizer: new CedarAuthorizer("us-east-1_Bench"), now: () => new Date() };
  await store.create(fieldOfficeTemplate(), { action: "create", by: "bench", at: new Date().toISOString(), changes: [] });

  const csv = officesCsv();
  const dryRunMs = await time(() => importOfficesCsv(deps, ADMIN, "FieldOffice", csv, { mode: "dry-run" }));
  const before = transactions;
  let imported: Awaited<ReturnType<typeof importOfficesCsv>> = [];
  const applyMs = await time(async () => {
    imported = await importOfficesCsv(deps, ADMIN, "FieldOffice", csv, { mode: "apply" });
  });
  const created = imported.filter((row) => row.action === "create").length;
  const importTransactions = transactions - before;

  const listFirstPage = await samples(SAMPLES, () => listConfigs(deps, ADMIN, { limit: 50 }));
  const searchById = await samples(SAMPLES, (index) => listConfigs(deps, ADMIN, { limit: 50, q: officeId((index * 37) % OFFICES) }));
  const searchByLookupKey = await samples(SAMPLES, (index) => listConfigs(deps, ADMIN, { limit: 50, q: dialedNumber((index * 53) % OFFICES) }));
  const templatePage = await samples(SAMPLES, () => listConfigs(deps, ADMIN, { limit: 50, templateId: "FieldOffice" }));

  process.env.TABLE_NAME = TABLE;
  process.env.CONFIG_CACHE_TTL_SECONDS = "3600";
  const reader = createContactFlowReader();
  const rawGet = (id: string) => client.send(new GetItemCommand({ TableName: TABLE, Key: marshall(currentKey(id)) }));
  for (let index = 0; index < 100; index += 1) {
    await rawGet(officeId(index));
    await getConfig(reader, lookupEvent(dialedNumber(0)));
  }
  // Interleaved so both see the same load: a raw GetItem, then getConfig by a lookup key never read (lookup + instance; the template is cached)
  const raw: number[] = [];
  const miss: number[] = [];
  for (let index = 100; index < OFFICES; index += 1) {
    raw.push(await time(() => rawGet(officeId(index))));
    miss.push(await time(() => getConfig(reader, lookupEvent(dialedNumber(index)))));
  }
  const warm = await samples(3000, () => getConfig(reader, lookupEvent(dialedNumber(0))));

  const template = await store.get("FieldOffice");
  const editBefore = transactions;
  const editMs = await time(() => replaceConfig(deps, ADMIN, "FieldOffice", template?.version, fieldOfficeTemplate(true)));
  const templateEditWrites = transactions - editBefore;
  client.destroy();

  return {
    dryRunMs,
    applyMs,
    created,
    importTransactions,
    listP50: median(listFirstPage),
    searchByIdP50: median(searchById),
    searchByLookupKeyP50: median(searchByLookupKey),
    templatePageP50: median(templatePage),
    rawP50: median(raw),
    missP50: median(miss),
    warmP50: median(warm),
    templateEditWrites,
    editMs,
  };
}

export function printFieldOffices(figures: Awaited<ReturnType<typeof fieldOfficesBench>>): void {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const verdict = (ok: boolean) => (ok ? "meets goal" : "MISSES goal");
  const seconds = figures.applyMs / 1000;
  console.log(`\nField offices — ${OFFICES} instances of one template, separate table`);
  console.log(`CSV import of ${OFFICES} rows   dry run ${(figures.dryRunMs / 1000).toFixed(2)} s   apply ${seconds.toFixed(2)} s (${figures.created} created, ${figures.importTransactions} transactions, 8 in flight; goal < ${OFFICE_GOALS.csvSeconds} s: ${verdict(seconds < OFFICE_GOALS.csvSeconds)})`);
  console.log(`list first page (50 of ${OFFICES + 1})   p50 ${ms(figures.listP50)} (goal ≤ ${OFFICE_GOALS.listMs} ms: ${verdict(figures.listP50 <= OFFICE_GOALS.listMs)})`);
  console.log(`search by id                    p50 ${ms(figures.searchByIdP50)} (goal ≤ ${OFFICE_GOALS.listMs} ms: ${verdict(figures.searchByIdP50 <= OFFICE_GOALS.listMs)})`);
  console.log(`search by lookup key            p50 ${ms(figures.searchByLookupKeyP50)} (goal ≤ ${OFFICE_GOALS.listMs} ms: ${verdict(figures.searchByLookupKeyP50 <= OFFICE_GOALS.listMs)})`);
  console.log(`template's instances, first page p50 ${ms(figures.templatePageP50)} (template index)`);
  const missRatio = figures.missP50 / figures.rawP50;
  console.log(`raw GetItem                     p50 ${ms(figures.rawP50)}`);
  console.log(`getConfig by lookup key, warm   p50 ${ms(figures.warmP50)}   ${(figures.warmP50 / figures.rawP50).toFixed(3)}× GetItem`);
  console.log(`getConfig by lookup key, miss   p50 ${ms(figures.missP50)}   ${missRatio.toFixed(2)}× GetItem (goal ≤ ${OFFICE_GOALS.missGetItems} GetItems' worth: ${verdict(missRatio <= OFFICE_GOALS.missGetItems)})`);
  console.log(`template edit (adds a variable to ${OFFICES} offices)   ${figures.templateEditWrites} write(s), ${ms(figures.editMs)}`);
}
