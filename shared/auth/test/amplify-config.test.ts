import { describe, expect, it } from "vitest";
import type { CognitoAuthSettings } from "@flow-configs/model/runtime";
import { amplifyConfig } from "../src/amplify-config";

function cognitoSettings(overrides: Partial<CognitoAuthSettings> = {}): CognitoAuthSettings {
  return {
    kind: "cognito",
    region: "us-east-1",
    userPoolId: "us-east-1_AbCdEf",
    userPoolClientId: "client-123",
    domain: "flow-configs.auth.us-east-1.amazoncognito.com",
    redirectSignIn: "https://admin.example.com/",
    redirectSignOut: "https://admin.example.com/",
    scopes: ["openid", "email", "profile"],
    ...overrides,
  };
}

describe("amplifyConfig", () => {
  it("configures the Hosted UI code flow with the pool, client and redirect URLs", () => {
    expect(amplifyConfig(cognitoSettings())).toEqual({
      Auth: {
        Cognito: {
          userPoolId: "us-east-1_AbCdEf",
          userPoolClientId: "client-123",
          loginWith: {
            oauth: {
              domain: "flow-configs.auth.us-east-1.amazoncognito.com",
              scopes: ["openid", "email", "profile"],
              redirectSignIn: ["https://admin.example.com/"],
              redirectSignOut: ["https://admin.example.com/"],
              responseType: "code",
            },
          },
        },
      },
    });
  });

  it("names the federated identity provider Connect uses", () => {
    const oauth = amplifyConfig(cognitoSettings({ identityProvider: "CorpSSO" })).Auth?.Cognito.loginWith?.oauth;
    expect(oauth?.providers).toEqual([{ custom: "CorpSSO" }]);
  });
});
