import { Stack } from "aws-cdk-lib";
import { CfnApplication } from "aws-cdk-lib/aws-appintegrations";
import { CfnContactFlow, CfnIntegrationAssociation } from "aws-cdk-lib/aws-connect";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { CfnPermission } from "aws-cdk-lib/aws-lambda";
import { Construct } from "constructs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import type { ConnectInstance } from "../config/flow-configs-config";
import { INFRA_ROOT } from "../repo-paths";

export interface ConnectProps {
  prefix: string;
  instance: ConnectInstance;
  /** The site's URL, loaded in the agent workspace's iframe. */
  siteUrl: string;
  getConfig: IFunction;
  isBadActor: IFunction;
}

/** Fills a contact flow file's `{{PLACEHOLDER}}`s; a placeholder left unfilled fails synth. */
export function contactFlowContent(file: string, values: Record<string, string>): string {
  let content = readFileSync(join(INFRA_ROOT, "contact-flows", file), "utf8");
  for (const [name, value] of Object.entries(values)) content = content.replaceAll(`{{${name}}}`, value);
  const left = /\{\{([A-Z_]+)\}\}/.exec(content);
  if (left) throw new Error(`contact flow ${file}: placeholder {{${left[1]}}} has no value`);
  return content;
}

/**
 * What this region's Amazon Connect instance sees: the "Flow Configs" app in the agent workspace, the
 * Lambdas its flows may invoke, and the sample BasicQueue flow.
 */
export class ConnectIntegration extends Construct {
  readonly application: CfnApplication;
  readonly basicQueueFlow: CfnContactFlow;

  constructor(scope: Construct, id: string, props: ConnectProps) {
    super(scope, id);
    const instanceArn = props.instance.instanceArn;

    this.application = new CfnApplication(this, "Application", {
      name: WORKSPACE_APP.name,
      namespace: props.prefix,
      description: "Change the variables and prompts contact flows read, without a flow edit",
      applicationSourceConfig: { externalUrlConfig: { accessUrl: `${props.siteUrl}/`, approvedOrigins: [props.siteUrl] } },
      // The same permissions and frame the local agent workspace page uses (one constant, shared/model).
      permissions: [...WORKSPACE_APP.permissions],
      iframeConfig: { sandbox: [...WORKSPACE_APP.sandbox], allow: [...WORKSPACE_APP.allow] },
    });
    new CfnIntegrationAssociation(this, "ApplicationAssociation", {
      instanceId: instanceArn,
      integrationType: "APPLICATION",
      integrationArn: this.application.attrApplicationArn,
    });

    for (const [name, fn] of [["GetConfig", props.getConfig], ["IsBadActor", props.isBadActor]] as const) {
      new CfnPermission(this, `${name}InvokedByConnect`, {
        action: "lambda:InvokeFunction",
        functionName: fn.functionArn,
        principal: "connect.amazonaws.com",
        sourceArn: instanceArn,
        sourceAccount: Stack.of(this).account,
      });
      new CfnIntegrationAssociation(this, `${name}Association`, {
        instanceId: instanceArn,
        integrationType: "LAMBDA_FUNCTION",
        integrationArn: fn.functionArn,
      });
    }

    this.basicQueueFlow = new CfnContactFlow(this, "BasicQueueFlow", {
      instanceArn,
      name: "BasicQueue",
      type: "CONTACT_FLOW",
      description: "Sample: reads the BasicQueue flow config and branches on Closure",
      content: contactFlowContent("basic-queue.json", {
        GET_CONFIG_FUNCTION_ARN: props.getConfig.functionArn,
        BASIC_QUEUE_ARN: props.instance.basicQueueArn,
      }),
    });
  }
}
