import type { ResourcesConfig } from "aws-amplify";
import type { CognitoAuthSettings } from "@flow-configs/model/runtime";

/** Shapes `/config.json`'s Cognito settings into Amplify v6's configuration (Hosted UI, code flow with PKCE). */
export function amplifyConfig(settings: CognitoAuthSettings): ResourcesConfig {
  return {
    Auth: {
      Cognito: {
        userPoolId: settings.userPoolId,
        userPoolClientId: settings.userPoolClientId,
        loginWith: {
          oauth: {
            domain: settings.domain,
            scopes: settings.scopes,
            redirectSignIn: [settings.redirectSignIn],
            redirectSignOut: [settings.redirectSignOut],
            responseType: "code",
            ...(settings.identityProvider ? { providers: [{ custom: settings.identityProvider }] } : {}),
          },
        },
      },
    },
  };
}
