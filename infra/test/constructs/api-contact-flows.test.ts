import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { connectInstanceId } from "../../lib/config/flow-configs-config";
import { SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";
import { exampleConfig } from "../support/synth-app";

const CONNECT_READS = ["connect:ListContactFlows", "connect:DescribeContactFlow", "connect:ListContactFlowModules", "connect:DescribeContactFlowModule"];

type Statement = { Action: string | string[]; Resource: unknown };

describe.each(SIDES)("Api reads this region's contact flows (%s)", (side) => {
  const instanceArn = exampleConfig().connect[side].instanceArn;

  it("tells the REST API Lambda its Connect instance and getConfig's name", () => {
    templateOf(side).hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: "flow-configs-api",
      Environment: { Variables: Match.objectLike({ CONNECT_INSTANCE_ID: connectInstanceId(instanceArn), GET_CONFIG_FUNCTION_NAME: "flow-configs-get-config" }) },
    });
  });

  it("lets it list and describe flows and modules of that instance only, and change none", () => {
    const statements = Object.values(templateJsonOf(side).Resources)
      .filter((resource) => resource.Type === "AWS::IAM::Policy")
      .flatMap((policy) => (policy.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
    const connect = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith("connect:")) && JSON.stringify(statement.Resource).includes("/contact-flow/"));
    expect(connect).toHaveLength(1);
    expect([connect[0]?.Action].flat().sort()).toEqual([...CONNECT_READS].sort());
    expect(connect[0]?.Resource).toEqual([instanceArn, `${instanceArn}/contact-flow/*`, `${instanceArn}/flow-module/*`]);
  });
});
