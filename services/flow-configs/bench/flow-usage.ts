/**
 * Part of `npm run bench -w @flow-configs/service`: "which flows use a config" over 500 generated contact
 * flows of realistic size (80 blocks, Metadata with positions), read from flow files as the local stack
 * does. Prints p50/p95 of a usage request's work when every flow is new (read + parse + analyse + match)
 * and when the files did not change (each is looked at, none parsed again), of the analysis alone, and of a
 * cached Connect listing; and flows parsed per second. It only prints.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeFlows, configUsage, flowFileSource, type FlowSource } from "@flow-configs/model";
import { LocalContactFlowDirectory } from "../src/adapters/local-contact-flow-directory";
import { scanFlows } from "../src/domain/flow-scan";
import type { ContactFlowDirectory, ContactFlowListing } from "../src/ports/contact-flow-directory";

const FLOWS = 500;
const BLOCKS = 80;
const RUNS = 21;
const GOAL_P50_MS = 100;
const GET_CONFIG_ARN = "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-get-config";
const CHECK_ARN = "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-is-bad-actor";

type Block = Record<string, unknown> & { Identifier: string };

/** One block of a busy flow: messages (SSML), menus, compares, attributes, hours, queues, Lambda calls. */
function block(flow: number, index: number, next: string, other: string): Block {
  const id = `block-${index}`;
  const errors = [{ NextAction: other, ErrorType: "NoMatchingError" }];
  switch (index % 8) {
    case 0:
      return { Identifier: id, Type: "InvokeLambdaFunction", Parameters: { LambdaFunctionARN: index % 16 === 0 ? GET_CONFIG_ARN : CHECK_ARN, InvocationTimeLimitSeconds: "3", LambdaInvocationAttributes: index % 32 === 0 ? { id: `Office-${flow % 1500}` } : { lookup: "$.Attributes.officeId" }, ResponseValidation: { ResponseType: "STRING_MAP" } }, Transitions: { NextAction: next, Errors: errors } };
    case 1:
      return { Identifier: id, Type: "MessageParticipant", Parameters: { SSML: `<speak>Thank you for calling $.External.OfficeName. <break time="300ms"/> Our hours are $.External.Hours${index}. Please listen carefully as our menu options have changed.</speak>` }, Transitions: { NextAction: next, Errors: errors } };
    case 2:
      return { Identifier: id, Type: "Compare", Parameters: { ComparisonValue: "$.External.Closure" }, Transitions: { NextAction: next, Conditions: [{ NextAction: other, Condition: { Operator: "Equals", Operands: ["true"] } }], Errors: [{ NextAction: next, ErrorType: "NoMatchingCondition" }] } };
    case 3:
      return { Identifier: id, Type: "UpdateContactAttributes", Parameters: { Attributes: { office: "$.External.OfficeName", tier: `$.External.Tier${index}`, queueName: "Main", language: "$.LanguageCode" }, TargetContact: "Current" }, Transitions: { NextAction: next, Errors: errors } };
    case 4:
      return { Identifier: id, Type: "GetParticipantInput", Parameters: { Text: `Press 1 for billing, 2 for support, 3 for $.External.Menu${index}.`, StoreInput: "False", InputTimeLimitSeconds: "5" }, Transitions: { NextAction: next, Conditions: ["1", "2", "3"].map((digit) => ({ NextAction: digit === "3" ? other : next, Condition: { Operator: "Equals", Operands: [digit] } })), Errors: [{ NextAction: other, ErrorType: "InputTimeLimitExceeded" }, { NextAction: next, ErrorType: "NoMatchingCondition" }, ...errors] } };
    case 5:
      return { Identifier: id, Type: "CheckHoursOfOperation", Parameters: { HoursOfOperationId: "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/operating-hours/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" }, Transitions: { NextAction: next, Conditions: [{ NextAction: other, Condition: { Operator: "Equals", Operands: ["False"] } }], Errors: errors } };
    case 6:
      return { Identifier: id, Type: "UpdateContactTargetQueue", Parameters: { QueueId: "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" }, Transitions: { NextAction: next, Errors: errors } };
    default:
      return { Identifier: id, Type: "MessageParticipant", Parameters: { Text: `$.External.Prompt${index}` }, Transitions: { NextAction: next, Errors: errors } };
  }
}

function generatedFlow(flow: number): string {
  const actions: Block[] = Array.from({ length: BLOCKS }, (_, index) =>
    // Every block goes on, or back (a loop) or to the end: transitions a real flow has
    block(flow, index, index + 1 < BLOCKS ? `block-${index + 1}` : "end", index % 5 === 0 && index > 0 ? `block-${index - 4}` : "end"),
  );
  actions.push({ Identifier: "end", Type: "DisconnectParticipant", Parameters: {}, Transitions: {} });
  const ActionMetadata = Object.fromEntries(actions.map((action, index) => [action.Identifier, { position: { x: 160 * (index % 10), y: 120 * Math.floor(index / 10) }, isFriendlyName: true, parameters: { QueueId: { displayName: "Main" } } }]));
  return JSON.stringify({ Version: "2019-10-30", StartAction: "block-0", Metadata: { entryPointPosition: { x: 20, y: 20 }, ActionMetadata, name: `Flow ${flow}`, description: "Generated for the usage bench", type: "contactFlow", status: "published", hash: {} }, Actions: actions });
}

const percentile = (samples: number[], p: number): number => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function time(run: () => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const office = { id: "Office-64", lookupKeys: ["+15125550164"], names: ["OfficeName", "Closure", ...Array.from({ length: BLOCKS }, (_, index) => `Prompt${index}`)] };

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "flow-usage-bench-"));
  try {
    const texts = Array.from({ length: FLOWS }, (_, flow) => generatedFlow(flow));
    texts.forEach((text, flow) => writeFileSync(join(dir, `flow-${flow}.json`), text));
    const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1024 / 1024;

    let used = 0;
    // A new directory each run: every file is read and every flow parsed, as on the first request
    const cold = await time(async () => {
      const { scan } = await scanFlows(new LocalContactFlowDirectory([dir]));
      used = configUsage(scan, office).length;
    });
    const files = new LocalContactFlowDirectory([dir]);
    await scanFlows(files);
    const warm = await time(async () => configUsage((await scanFlows(files)).scan, office));

    const sources: FlowSource[] = texts.map((text, flow) => ({ id: `flow-${flow}.json`, name: `Flow ${flow}`, type: "CONTACT_FLOW", content: text }));
    const analysis = await time(() => configUsage(analyzeFlows(sources), office));
    const fromFiles = texts.map((text, flow) => flowFileSource(`flow-${flow}.json`, text));
    if (fromFiles.some((source) => "message" in source)) throw new Error("a generated flow did not parse");

    // Connect's listing is cached by the adapter: the same object until refreshed, analysed once.
    const listing: ContactFlowListing = { flows: sources, errors: [], scannedAt: new Date().toISOString() };
    const cachedConnect: ContactFlowDirectory = { list: async () => listing };
    await scanFlows(cachedConnect);
    const cached = await time(async () => configUsage((await scanFlows(cachedConnect)).scan, office));

    const goal = (samples: number[]) => `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}  (goal p50 ≤ ${GOAL_P50_MS} ms: ${percentile(samples, 50) <= GOAL_P50_MS ? "met" : "NOT met"})`;
    console.log(`\nWhich flows use a config: ${FLOWS} flows of ${BLOCKS} blocks (${megabytes.toFixed(1)} MB of flow JSON), ${RUNS} runs; ${used} flows use ${office.id}`);
    console.log(`  usage, flow files unchanged since the last request: ${goal(warm)}`);
    console.log(`  usage on a cached Connect listing:                  ${goal(cached)}`);
    console.log(`  usage, every flow new (read + parse + analyse):     ${goal(cold)}`);
    console.log(`  analysis of flow JSON text alone:                   p50 ${ms(percentile(analysis, 50))}, p95 ${ms(percentile(analysis, 95))}`);
    console.log(`  flows parsed: ${Math.round(FLOWS / (percentile(analysis, 50) / 1000))} flows/s from text, ${Math.round(FLOWS / (percentile(cold, 50) / 1000))} flows/s from files`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
