import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { onlyResource, SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

const FUNCTION_NAMES = [
  "flow-configs-api",
  "flow-configs-caller-lists-api",
  "flow-configs-check-caller-list",
  "flow-configs-get-config",
  "flow-configs-is-bad-actor",
  "flow-configs-pre-token-generation",
];

/** Every action a function's role may take, from its inline policies. */
function actionsOf(side: "primary" | "secondary", functionName: string): string[] {
  const json = templateJsonOf(side);
  const fn = Object.values(json.Resources).find(
    (resource) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === functionName,
  );
  const roleId = ((fn?.Properties?.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"])[0];
  return Object.values(json.Resources)
    .filter((resource) => resource.Type === "AWS::IAM::Policy" && JSON.stringify(resource.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((policy) => (policy.Properties?.PolicyDocument as { Statement: Array<{ Action: string | string[] }> }).Statement)
    .flatMap((statement) => [statement.Action].flat());
}

describe("Api: the same Lambda names in both regions", () => {
  it("names the functions identically in the primary and the secondary region", () => {
    const names = (side: "primary" | "secondary") =>
      Object.values(templateJsonOf(side).Resources)
        .filter((resource) => resource.Type === "AWS::Lambda::Function" && String(resource.Properties?.FunctionName).startsWith("flow-configs-"))
        .map((resource) => resource.Properties?.FunctionName)
        .sort();
    expect(names("primary")).toEqual(FUNCTION_NAMES);
    expect(names("secondary")).toEqual(FUNCTION_NAMES);
  });
});

describe.each(SIDES)("Api (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);

  it.each(FUNCTION_NAMES)("runs %s on Node.js 22, ARM, traced, with Powertools settings", (functionName) => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: functionName,
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      TracingConfig: { Mode: "Active" },
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: functionName, POWERTOOLS_LOG_LEVEL: "INFO" }) },
    });
  });

  it.each(["flow-configs-get-config", "flow-configs-is-bad-actor"])("lets %s only get items by key", (functionName) => {
    const dynamodbActions = actionsOf(side, functionName).filter((action) => action.startsWith("dynamodb:"));
    expect(dynamodbActions).toEqual(["dynamodb:GetItem"]);
  });

  it("lets the REST API query both indexes: the id-ordered list and a template's instances", () => {
    const resources = JSON.stringify(json);
    expect(resources).toContain("/index/GSI1");
    expect(resources).toContain("/index/GSI2");
  });

  it("lets the REST API read and write items and ask Verified Permissions, never scan", () => {
    const actions = actionsOf(side, "flow-configs-api");
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:PutItem", "verifiedpermissions:IsAuthorized"]));
    expect(actions).not.toContain("dynamodb:Scan");
  });

  it("grants the REST API no DynamoDB action the store does not use (no ConditionCheckItem)", () => {
    const dynamodbActions = actionsOf(side, "flow-configs-api").filter((action) => action.startsWith("dynamodb:"));
    expect(dynamodbActions.sort()).toEqual(
      ["dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
    );
  });

  it.each([
    ["flow-configs-get-config", 100],
    ["flow-configs-is-bad-actor", 50],
  ])("keeps reserved concurrency for %s (%i by default), so API bursts cannot starve contact flows", (functionName, reserved) => {
    template.hasResourceProperties("AWS::Lambda::Function", { FunctionName: functionName, ReservedConcurrentExecutions: reserved });
  });

  it("reserves no concurrency for the REST API (it takes what is left)", () => {
    const api = Object.values(json.Resources).find(
      (resource) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === "flow-configs-api",
    );
    expect(api?.Properties?.ReservedConcurrentExecutions).toBeUndefined();
  });

  it("configures the REST API Lambda for Verified Permissions in this region", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: "flow-configs-api",
      Environment: {
        Variables: Match.objectLike({
          AUTHORIZER: "avp",
          ADMIN_GROUP: "FlowConfigsAdmin",
          TABLE_NAME: side === "primary" ? { Ref: Match.stringLikeRegexp("^DataTable") } : "flow-configs",
          POLICY_STORE_ID: { "Fn::GetAtt": [Match.stringLikeRegexp("^AuthorizationPolicyStore"), "PolicyStoreId"] },
          COGNITO_USER_POOL_ID: { Ref: Match.stringLikeRegexp("^AuthUserPool") },
        }),
      },
    });
  });

  it("makes the REST API private, reachable through its execute-api VPC endpoint only", () => {
    const endpoint = onlyResource(json, "AWS::EC2::VPCEndpoint");
    expect(endpoint.properties).toMatchObject({
      VpcEndpointType: "Interface",
      PrivateDnsEnabled: true,
      ServiceName: `com.amazonaws.${side === "primary" ? "us-east-1" : "us-west-2"}.execute-api`,
    });
    template.hasResourceProperties("AWS::ApiGateway::RestApi", {
      EndpointConfiguration: { Types: ["PRIVATE"], VpcEndpointIds: [{ Ref: endpoint.id }] },
      Policy: {
        Statement: Match.arrayWith([
          {
            Action: "execute-api:Invoke",
            Effect: "Deny",
            Principal: { AWS: "*" },
            Resource: "execute-api:/*",
            Condition: { StringNotEquals: { "aws:SourceVpce": { Ref: endpoint.id } } },
          },
        ]),
      },
    });
  });

  it("admits HTTPS to the endpoint from the configured client networks only", () => {
    template.hasResourceProperties("AWS::EC2::SecurityGroup", {
      SecurityGroupIngress: Match.arrayWith([Match.objectLike({ CidrIp: "172.16.0.0/12", FromPort: 443, ToPort: 443, IpProtocol: "tcp" })]),
    });
    const ingress = JSON.stringify(onlyResource(json, "AWS::EC2::SecurityGroup").properties.SecurityGroupIngress);
    expect(ingress).not.toContain("0.0.0.0/0");
  });

  it("writes access logs and checks the Cognito token before the Lambda runs", () => {
    template.hasResourceProperties("AWS::ApiGateway::Stage", {
      StageName: "prod",
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp("requestId") },
      TracingEnabled: true,
    });
    const stage = onlyResource(json, "AWS::ApiGateway::Stage").properties as { AccessLogSetting: { DestinationArn: unknown } };
    expect(JSON.stringify(stage.AccessLogSetting.DestinationArn)).toMatch(/ApiAccessLogs[0-9A-F]+/);
    template.hasResourceProperties("AWS::ApiGateway::Method", { HttpMethod: "ANY", AuthorizationType: "COGNITO_USER_POOLS" });
    template.hasResourceProperties("AWS::ApiGateway::Authorizer", { Type: "COGNITO_USER_POOLS", IdentitySource: "method.request.header.Authorization" });
  });
});

describe.each(SIDES)("Api errors before the Lambda (%s region)", (side) => {
  it("answers the authorizer's 401s with CORS headers for the site", () => {
    templateOf(side).hasResourceProperties("AWS::ApiGateway::GatewayResponse", {
      ResponseType: "DEFAULT_4XX",
      ResponseParameters: Match.objectLike({
        "gatewayresponse.header.Access-Control-Allow-Origin": {
          "Fn::Join": ["", ["'https://", { "Fn::GetAtt": [Match.stringLikeRegexp("^SiteDistribution"), "DomainName"] }, "'"]],
        },
      }),
    });
  });
});
