export { createAmplifySession } from "./amplify-session";
export { amplifyConfig } from "./amplify-config";
