import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { contactFlowContent } from "../../lib/constructs/connect";
import { onlyResource, SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

const INSTANCES = {
  primary: "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555",
  secondary: "arn:aws:connect:us-west-2:111122223333:instance/66666666-7777-8888-9999-000000000000",
};

interface FlowAction {
  Identifier: string;
  Type: string;
  Parameters: Record<string, unknown>;
  Transitions: { NextAction?: string; Conditions?: Array<{ NextAction: string; Condition: { Operands: string[] } }> };
}

describe.each(SIDES)("Connect (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);
  const instanceArn = INSTANCES[side];
  const getConfigId = Object.entries(json.Resources).find(
    ([, resource]) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === "flow-configs-get-config",
  )![0];

  it("registers the Flow Configs app for the agent workspace at the site's URL", () => {
    template.hasResourceProperties("AWS::AppIntegrations::Application", {
      Name: "Flow Configs",
      Namespace: "flow-configs",
      ApplicationSourceConfig: {
        ExternalUrlConfig: {
          AccessUrl: { "Fn::Join": ["", ["https://", { "Fn::GetAtt": [Match.stringLikeRegexp("^SiteDistribution"), "DomainName"] }, "/"]] },
        },
      },
      Permissions: Match.arrayWith(["User.Details.View"]),
    });
    template.hasResourceProperties("AWS::Connect::IntegrationAssociation", {
      InstanceId: instanceArn,
      IntegrationType: "APPLICATION",
      IntegrationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^ConnectApplication"), "ApplicationArn"] },
    });
  });

  it("asks the workspace only for what the shell uses, and frames it as the local workspace page does (WORKSPACE_APP)", () => {
    const application = onlyResource(json, "AWS::AppIntegrations::Application").properties;
    expect(application.Permissions).toEqual(["User.Details.View"]);
    expect(application.Permissions).toEqual(WORKSPACE_APP.permissions);
    expect(application.IframeConfig).toEqual({ Sandbox: WORKSPACE_APP.sandbox, Allow: WORKSPACE_APP.allow });
    // JSON and CSV exports are downloads: blocked in the iframe without it.
    expect(application.IframeConfig).toMatchObject({ Sandbox: expect.arrayContaining(["allow-downloads"]) });
  });

  it.each(["flow-configs-get-config", "flow-configs-is-bad-actor"])("lets the instance invoke %s", (functionName) => {
    const [functionId] = Object.entries(json.Resources).find(
      ([, resource]) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === functionName,
    )!;
    template.hasResourceProperties("AWS::Connect::IntegrationAssociation", {
      InstanceId: instanceArn,
      IntegrationType: "LAMBDA_FUNCTION",
      IntegrationArn: { "Fn::GetAtt": [functionId, "Arn"] },
    });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      FunctionName: { "Fn::GetAtt": [functionId, "Arn"] },
      Principal: "connect.amazonaws.com",
      SourceArn: instanceArn,
    });
  });

  it("deploys the BasicQueue flow: parseable JSON that invokes getConfig by ARN and branches on Closure", () => {
    const flow = onlyResource(json, "AWS::Connect::ContactFlow");
    expect(flow.properties).toMatchObject({ Name: "BasicQueue", Type: "CONTACT_FLOW", InstanceArn: instanceArn });
    const [, parts] = (flow.properties.Content as { "Fn::Join": [string, Array<string | object>] })["Fn::Join"];
    expect(parts).toContainEqual({ "Fn::GetAtt": [getConfigId, "Arn"] });
    const content = parts.map((part) => (typeof part === "string" ? part : "arn:aws:lambda:region:111122223333:function:resolved")).join("");
    const parsed = JSON.parse(content) as { StartAction: string; Actions: FlowAction[] };
    const byId = new Map(parsed.Actions.map((action) => [action.Identifier, action]));

    const start = byId.get(parsed.StartAction)!;
    expect(start.Type).toBe("InvokeLambdaFunction");
    expect(start.Parameters.LambdaFunctionARN).toBe("arn:aws:lambda:region:111122223333:function:resolved");
    expect(start.Parameters.LambdaInvocationAttributes).toEqual({ id: "BasicQueue" });

    const closure = byId.get(start.Transitions.NextAction!)!;
    expect(closure).toMatchObject({ Type: "Compare", Parameters: { ComparisonValue: "$.External.Closure" } });
    const closed = byId.get(closure.Transitions.Conditions![0]!.NextAction)!;
    expect(closed.Parameters).toEqual({ Text: "$.External.ClosureMessage" });
    const offerCallback = byId.get(closed.Transitions.NextAction!)!;
    expect(offerCallback.Parameters).toEqual({ ComparisonValue: "$.External.ClosureOfferCallback" });
    const open = byId.get(closure.Transitions.NextAction!)!;
    expect(open.Parameters).toEqual({ Text: "$.External.Welcome" });
    expect(content).not.toMatch(/\{\{[A-Z_]+\}\}/);
    for (const action of parsed.Actions) {
      for (const next of [action.Transitions.NextAction, ...(action.Transitions.Conditions ?? []).map((c) => c.NextAction)]) {
        if (next) expect(byId.has(next), `${action.Identifier} → ${next}`).toBe(true);
      }
    }
  });
});

describe("contact flow files", () => {
  it("refuse to synthesize with a placeholder left unfilled, naming it", () => {
    expect(() => contactFlowContent("basic-queue.json", { GET_CONFIG_FUNCTION_ARN: "arn:aws:lambda:us-east-1:111122223333:function:x" })).toThrow(
      "contact flow basic-queue.json: placeholder {{BASIC_QUEUE_ARN}} has no value",
    );
  });
});
