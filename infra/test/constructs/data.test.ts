import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { templateOf } from "../support/cloud-assembly";

describe("Data", () => {
  const primary = templateOf("primary");

  it("creates one Global Table in the primary region with a replica in the secondary", () => {
    // The other Global Table is Caller Lists' own (caller-lists.test.ts).
    const replicas = primary.findResources("AWS::DynamoDB::GlobalTable", { Properties: { TableName: "flow-configs" } });
    expect(Object.keys(replicas)).toHaveLength(1);
    const regions = Object.values(replicas).flatMap((table) => (table.Properties.Replicas as Array<{ Region: string }>).map((r) => r.Region));
    expect(regions.sort()).toEqual(["us-east-1", "us-west-2"]);
  });

  it("keys the table as the store does: PK/SK, GSI1 on GSI1PK/GSI1SK and GSI2 on GSI2PK/GSI2SK", () => {
    primary.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      KeySchema: [
        { AttributeName: "PK", KeyType: "HASH" },
        { AttributeName: "SK", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: "GSI1",
          KeySchema: [
            { AttributeName: "GSI1PK", KeyType: "HASH" },
            { AttributeName: "GSI1SK", KeyType: "RANGE" },
          ],
        }),
        Match.objectLike({
          IndexName: "GSI2",
          KeySchema: [
            { AttributeName: "GSI2PK", KeyType: "HASH" },
            { AttributeName: "GSI2SK", KeyType: "RANGE" },
          ],
        }),
      ],
      BillingMode: "PAY_PER_REQUEST",
    });
  });

  it("turns on point-in-time recovery and deletion protection in both replicas, and retains the table", () => {
    const replica = { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true };
    for (const region of ["us-east-1", "us-west-2"]) {
      primary.hasResource("AWS::DynamoDB::GlobalTable", {
        DeletionPolicy: "Retain",
        Properties: Match.objectLike({ Replicas: Match.arrayWith([Match.objectLike({ Region: region, ...replica })]) }),
      });
    }
  });

  it("leaves the secondary region's stack without a table of its own (it uses the replica)", () => {
    const secondary = templateOf("secondary");
    secondary.resourceCountIs("AWS::DynamoDB::GlobalTable", 0);
    secondary.resourceCountIs("AWS::DynamoDB::Table", 0);
    const getConfig = secondary.findResources("AWS::Lambda::Function", { Properties: { FunctionName: "flow-configs-get-config" } });
    expect(JSON.stringify(getConfig)).toContain('"TABLE_NAME":"flow-configs"');
  });
});
