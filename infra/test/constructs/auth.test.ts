import { Match } from "aws-cdk-lib/assertions";
import { describe, it } from "vitest";
import { SIDES, templateOf } from "../support/cloud-assembly";

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
      Environment: { Variables: Match.objectLike({ CONNECT_INSTANCE_ID: instance.split("/")[1], ADMIN_GROUP: "FlowConfigsAdmin" }) },
    });
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: ["connect:ListTagsForResource", "connect:SearchUsers"], Effect: "Allow", Resource: [instance, `${instance}/agent/*`] },
        ]),
      },
    });
  });

  it("exports the pool and client for other admin modules", () => {
    for (const name of ["UserPoolId", "UserPoolArn", "UserPoolClientId", "HostedUiDomain"]) {
      template.hasOutput("*", { Export: { Name: `flow-configs-${name}` } });
    }
  });
});
