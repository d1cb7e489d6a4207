import { Template } from "aws-cdk-lib/assertions";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import type { Side } from "../../lib/config/flow-configs-config";
import { STACK_NAMES } from "../../lib/flow-configs-app";

export const SIDES: Side[] = ["primary", "secondary"];

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(inject("cloudAssemblyDir"), file), "utf8"));

/** The synthesized CloudFormation template of one region's stack. */
export function templateOf(side: Side): Template {
  return Template.fromJSON(readJson(`${STACK_NAMES[side]}.template.json`) as Record<string, unknown>);
}

export type TemplateJson = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

export function templateJsonOf(side: Side): TemplateJson {
  return readJson(`${STACK_NAMES[side]}.template.json`) as TemplateJson;
}

/** Construct metadata (acknowledged cdk-nag rules among it) by construct path. */
export function metadataOf(side: Side): Record<string, Array<{ type: string; data: unknown }>> {
  return readJson(`${STACK_NAMES[side]}.metadata.json`) as Record<string, Array<{ type: string; data: unknown }>>;
}

export interface ValidationReport {
  pluginReports: Array<{ pluginName: string; violations: Array<{ ruleName: string; violatingConstructs: Array<{ constructPath: string }> }> }>;
}

export const validationReport = (): ValidationReport => readJson("validation-report.json") as ValidationReport;

/** A file the stack uploads (its asset directory in the cloud assembly). */
export function assetFile(objectKey: string, file: string): string {
  const hash = objectKey.replace(/\.zip$/, "");
  return readFileSync(join(inject("cloudAssemblyDir"), `asset.${hash}`, file), "utf8");
}

/** The logical id of the one resource of a type (fails when there is not exactly one). */
export function onlyResource(template: TemplateJson, type: string): { id: string; properties: Record<string, unknown> } {
  const found = Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, properties: resource.Properties ?? {} };
}
