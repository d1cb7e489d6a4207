import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { onlyResource, SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

describe.each(SIDES)("Auth (%s region)", (side) => {
  const template = templateOf(side);

  it("has its own user pool with no self sign-up", () => {
    template.resourceCountIs("AWS::Cognito::UserPool", 1);
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      UserPoolName: "flow-configs",
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      LambdaConfig: { PreTokenGeneration: Match.anyValue() },
    });
  });

  it("federates to the SAML identity provider from the config", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolIdentityProvider", {
      ProviderName: "CorporateIdP",
      ProviderType: "SAML",
      ProviderDetails: Match.objectLike({ MetadataURL: "https://idp.example.com/app/flow-configs/sso/saml/metadata" }),
    });
  });

  it.each(["FlowConfigsAdmin", "FlowConfigsBusiness", "FlowConfigsReadOnly"])("has the group %s", (groupName) => {
    template.hasResourceProperties("AWS::Cognito::UserPoolGroup", { GroupName: groupName });
  });

  it("gives the shell an app client without a secret, code flow, through the identity provider, back to the site", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: Match.arrayWith(["openid"]),
      SupportedIdentityProviders: ["CorporateIdP"],
      CallbackURLs: [{ "Fn::Join": ["", ["https://", { "Fn::GetAtt": [Match.stringLikeRegexp("^SiteDistribution"), "DomainName"] }, "/"]] }],
    });
  });

  it("adds the scope claim with a trigger that may only search and read tags of this instance's users", () => {
    const instance =
      side === "primary"
        ? "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555"
        : "arn:aws:connect:us-west-2:111122223333:instance/66666666-7777-8888-9999-000000000000";
    template.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: "flow-configs-pre-token-generation",
      Environment: {
        Variables: Match.objectLike({
          CONNECT_INSTANCE_ID: instance.split("/")[1],
          ADMIN_GROUP: "FlowConfigsAdmin",
          IDENTITY_PROVIDER_NAME: "CorporateIdP",
          SCOPE_WITHOUT_TAG: "none",
        }),
      },
    });
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: ["connect:ListTagsForResource", "connect:SearchUsers"], Effect: "Allow", Resource: [instance, `${instance}/agent/*`] },
        ]),
      },
    });
  });

  it("finds the Connect user by the identity provider's subject, never by an attribute a client may write", () => {
    const json = templateJsonOf(side);
    const trigger = Object.values(json.Resources).find(
      (resource) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === "flow-configs-pre-token-generation",
    );
    expect(JSON.stringify(trigger?.Properties?.Environment)).not.toContain("USERNAME_ATTRIBUTE");
  });

  it("lets the shell's client write only the attributes the identity provider refreshes, and never call UpdateUserAttributes", () => {
    const client = onlyResource(templateJsonOf(side), "AWS::Cognito::UserPoolClient").properties;
    // Cognito refuses a federated sign-in when a mapped attribute is not writable; an empty list would mean all.
    expect(client.WriteAttributes).toEqual(["email", "name"]);
    expect(client.AllowedOAuthScopes).not.toContain("aws.cognito.signin.user.admin");
    const provider = onlyResource(templateJsonOf(side), "AWS::Cognito::UserPoolIdentityProvider").properties;
    expect(Object.keys(provider.AttributeMapping as object).sort()).toEqual(client.WriteAttributes);
  });

  it("alarms when the trigger fails closed (a Business or ReadOnly user signed in with an empty scope)", () => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      AlarmName: "flow-configs-scope-failed-closed",
      Namespace: "FlowConfigs",
      MetricName: "ScopeFailedClosed",
      Dimensions: [{ Name: "service", Value: "flow-configs-pre-token-generation" }],
      Statistic: "Sum",
      Period: 300,
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      TreatMissingData: "notBreaching",
    });
  });

  it("exports the pool and client for other admin modules", () => {
    for (const name of ["UserPoolId", "UserPoolArn", "UserPoolClientId", "HostedUiDomain"]) {
      template.hasOutput("*", { Export: { Name: `flow-configs-${name}` } });
    }
  });
});
