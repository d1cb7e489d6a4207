import { policySetTextToParts } from "@cedar-policy/cedar-wasm/nodejs";
import { Match } from "aws-cdk-lib/assertions";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/repo-paths";
import { assetFile, SIDES, templateJsonOf, templateOf, type TemplateJson } from "../support/cloud-assembly";

const POLICIES_DIR = join(REPO_ROOT, "services/caller-lists/policies");
const INSTANCES = {
  primary: "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555",
  secondary: "arn:aws:connect:us-west-2:111122223333:instance/66666666-7777-8888-9999-000000000000",
};

const resourcesOf = (json: TemplateJson, type: string) => Object.entries(json.Resources).filter(([, resource]) => resource.Type === type);
const functionId = (json: TemplateJson, name: string) =>
  resourcesOf(json, "AWS::Lambda::Function").find(([, resource]) => resource.Properties?.FunctionName === name)![0];

/** Every IAM statement on a function's role. */
function statementsOf(json: TemplateJson, functionName: string): Array<{ Action: string | string[]; Resource: unknown }> {
  const fn = json.Resources[functionId(json, functionName)]!;
  const roleId = (fn.Properties?.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return resourcesOf(json, "AWS::IAM::Policy")
    .filter(([, policy]) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap(([, policy]) => (policy.Properties?.PolicyDocument as { Statement: Array<{ Action: string | string[]; Resource: unknown }> }).Statement);
}

function statementsInCedarFiles(): number {
  return readdirSync(POLICIES_DIR)
    .filter((file) => file.endsWith(".cedar"))
    .reduce((count, file) => {
      const parts = policySetTextToParts(readFileSync(join(POLICIES_DIR, file), "utf8"));
      if (parts.type === "failure") throw new Error(`${file} does not parse`);
      return count + parts.policies.length;
    }, 0);
}

describe("Caller Lists table", () => {
  const primary = templateOf("primary");

  it("is a Global Table of its own with a replica in the secondary region, keyed PK/SK, TTL on expiresAt", () => {
    const tables = primary.findResources("AWS::DynamoDB::GlobalTable", { Properties: { TableName: "flow-configs-caller-lists" } });
    expect(Object.keys(tables)).toHaveLength(1);
    primary.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      TableName: "flow-configs-caller-lists",
      KeySchema: [
        { AttributeName: "PK", KeyType: "HASH" },
        { AttributeName: "SK", KeyType: "RANGE" },
      ],
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      BillingMode: "PAY_PER_REQUEST",
    });
  });

  it("turns on point-in-time recovery and deletion protection in both replicas, and retains the table", () => {
    for (const region of ["us-east-1", "us-west-2"]) {
      primary.hasResource("AWS::DynamoDB::GlobalTable", {
        DeletionPolicy: "Retain",
        Properties: Match.objectLike({
          TableName: "flow-configs-caller-lists",
          Replicas: Match.arrayWith([
            Match.objectLike({ Region: region, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true }),
          ]),
        }),
      });
    }
  });

  it("leaves the secondary region's stack on the replica, by the same name", () => {
    const secondary = templateJsonOf("secondary");
    expect(resourcesOf(secondary, "AWS::DynamoDB::GlobalTable")).toHaveLength(0);
    expect(JSON.stringify(secondary.Resources[functionId(secondary, "flow-configs-check-caller-list")])).toContain('"CALLER_LISTS_TABLE_NAME":"flow-configs-caller-lists"');
  });
});

describe.each(SIDES)("Caller Lists (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);
  const [storeId, store] = resourcesOf(json, "AWS::VerifiedPermissions::PolicyStore").find(([, resource]) =>
    JSON.stringify(resource.Properties?.Schema).includes('\\"CallerLists\\"'),
  )!;

  it("lets checkCallerList only read items by key, with reserved concurrency", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: "flow-configs-check-caller-list",
      ReservedConcurrentExecutions: 100,
      Timeout: 3,
    });
    const dynamoActions = statementsOf(json, "flow-configs-check-caller-list")
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => action.startsWith("dynamodb:"));
    expect(dynamoActions).toEqual(["dynamodb:GetItem"]);
  });

  it("lets the API read and write the table, no scan, and ask only its own policy store", () => {
    const statements = statementsOf(json, "flow-configs-caller-lists-api");
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:Query", "dynamodb:BatchWriteItem", "verifiedpermissions:IsAuthorized"]));
    expect(actions).not.toContain("dynamodb:Scan");
    const isAuthorized = statements.find((statement) => [statement.Action].flat().includes("verifiedpermissions:IsAuthorized"));
    expect(isAuthorized?.Resource).toEqual({ "Fn::GetAtt": [storeId, "Arn"] });
    template.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: "flow-configs-caller-lists-api",
      Environment: { Variables: Match.objectLike({ AUTHORIZER: "avp", POLICY_STORE_ID: { "Fn::GetAtt": [storeId, "PolicyStoreId"] } }) },
    });
  });

  it("has its own strict policy store: the CallerLists schema, one policy per Cedar statement, Cognito groups as CallerLists::UserGroup", () => {
    expect(store.Properties?.ValidationSettings).toEqual({ Mode: "STRICT" });
    const schema = JSON.parse((store.Properties?.Schema as { CedarJson: string }).CedarJson) as Record<string, { actions: object }>;
    expect(Object.keys(schema)).toEqual(["CallerLists"]);
    expect(Object.keys(schema.CallerLists!.actions)).toEqual(expect.arrayContaining(["AddEntries", "DeleteList", "ListLists"]));
    const policies = resourcesOf(json, "AWS::VerifiedPermissions::Policy").filter(
      ([, policy]) => JSON.stringify(policy.Properties?.PolicyStoreId) === JSON.stringify({ "Fn::GetAtt": [storeId, "PolicyStoreId"] }),
    );
    expect(policies).toHaveLength(statementsInCedarFiles());
    for (const [, policy] of policies) expect(JSON.stringify(policy.Properties)).toMatch(/"Ref":"AuthUserPool[0-9A-F]+"},"\|CallerLists(Admin|Editor|ReadOnly)\\"/);
    template.hasResourceProperties("AWS::VerifiedPermissions::IdentitySource", {
      PolicyStoreId: { "Fn::GetAtt": [storeId, "PolicyStoreId"] },
      PrincipalEntityType: "CallerLists::User",
      Configuration: { CognitoUserPoolConfiguration: Match.objectLike({ GroupConfiguration: { GroupEntityType: "CallerLists::UserGroup" } }) },
    });
  });

  it("routes /caller-lists and below on the private REST API to its Lambda, behind the Cognito authorizer", () => {
    const paths = resourcesOf(json, "AWS::ApiGateway::Resource").map(([, resource]) => resource.Properties?.PathPart);
    expect(paths).toEqual(expect.arrayContaining(["caller-lists", "{proxy+}"]));
    const apiId = functionId(json, "flow-configs-caller-lists-api");
    const methods = resourcesOf(json, "AWS::ApiGateway::Method").filter(([, method]) => JSON.stringify(method.Properties?.Integration).includes(apiId));
    expect(methods).toHaveLength(2);
    for (const [, method] of methods) expect(method.Properties).toMatchObject({ HttpMethod: "ANY", AuthorizationType: "COGNITO_USER_POOLS" });
  });

  it("lets this region's Connect instance invoke checkCallerList and associates it with the instance", () => {
    const checkArn = { "Fn::GetAtt": [functionId(json, "flow-configs-check-caller-list"), "Arn"] };
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      FunctionName: checkArn,
      Principal: "connect.amazonaws.com",
      SourceArn: INSTANCES[side],
    });
    template.hasResourceProperties("AWS::Connect::IntegrationAssociation", { InstanceId: INSTANCES[side], IntegrationType: "LAMBDA_FUNCTION", IntegrationArn: checkArn });
  });

  it("registers the module in this region's /config.json with its remote and its API URL", () => {
    const upload = Object.entries(json.Resources).find(([id, resource]) => resource.Type === "Custom::CDKBucketDeployment" && id.startsWith("SiteRuntimeConfig"))?.[1];
    const properties = upload?.Properties as { SourceObjectKeys: string[]; SourceMarkers: Array<Record<string, unknown>> };
    // Each deploy-time value is a marker; two markers of the same value are told apart only by what they stand for.
    const markers = Object.entries(properties.SourceMarkers[0]!);
    const text = markers.reduce((content, [marker, value]) => content.replaceAll(marker, JSON.stringify(value).replaceAll('"', "'")), assetFile(properties.SourceObjectKeys[0]!, "config.json"));
    const config = JSON.parse(text) as { modules: Array<Record<string, unknown>> };
    // Its routes are on the private API both modules share
    const sharedApiUrl = config.modules.find((module) => module.route === "/flow-configs")?.apiUrl;
    expect(sharedApiUrl).toMatch(/execute-api/);
    expect(config.modules.find((module) => module.route === "/caller-lists")).toEqual({
      id: "callerLists",
      title: "Caller Lists",
      route: "/caller-lists",
      remoteEntry: expect.stringMatching(/\/modules\/caller-lists\/remoteEntry\.js$/),
      exposedModule: "./Module",
      requiredGroups: ["CallerListsAdmin", "CallerListsEditor", "CallerListsReadOnly"],
      apiUrl: sharedApiUrl,
    });
  });
});
