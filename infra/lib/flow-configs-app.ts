import { Validations, type App } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { FlowConfigsConfig, Side } from "./config/flow-configs-config";
import { acknowledgeCdkManagedFindings } from "./stacks/nag-suppressions";
import { FlowConfigsStack, type FlowConfigsStackProps } from "./stacks/flow-configs-stack";

export interface FlowConfigsApp {
  primary: FlowConfigsStack;
  secondary: FlowConfigsStack;
}

/** The stack's name in each region (`cdk deploy FlowConfigs-Primary`, then `FlowConfigs-Secondary`). */
export const STACK_NAMES: Record<Side, string> = { primary: "FlowConfigs-Primary", secondary: "FlowConfigs-Secondary" };

/** Both regions' stacks, checked by cdk-nag's AwsSolutions rules (accepted findings carry their reason). */
export function createFlowConfigsApp(
  app: App,
  config: FlowConfigsConfig,
  siteContent: FlowConfigsStackProps["siteContent"],
): FlowConfigsApp {
  const stack = (side: Side) =>
    new FlowConfigsStack(app, STACK_NAMES[side], {
      config,
      side,
      siteContent,
      env: { account: config.account, region: config.regions[side] },
      description: `Flow Configs (${side} region) for Amazon Connect`,
      terminationProtection: true,
    });
  const primary = stack("primary");
  const secondary = stack("secondary");
  // The secondary region's table is the primary's replica: it exists once the primary is deployed.
  secondary.addStackDependency(primary);
  for (const regionStack of [primary, secondary]) acknowledgeCdkManagedFindings(regionStack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { primary, secondary };
}
