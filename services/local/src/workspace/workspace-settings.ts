import type { IFrameAppConfig } from "@amazon-connect/workspace-types";

/** What the workspace page hands its script (as JSON in the page): the app it frames and who is signed in. */
export interface WorkspaceSettings {
  /** The app's configuration as Connect sends it in the lifecycle messages (AppIntegrations application). */
  app: IFrameAppConfig;
  /** The permissions granted to the app; a request needing another one is denied. */
  grantedPermissions: readonly string[];
  /** The signed-in agent, as `agent/getName` answers. */
  agentName: string;
  region: string;
  /** `false` frames the app like a plain page that never answers: the shell must fall back to standalone. */
  answerProtocol: boolean;
}

/** Where the page keeps the settings for its script. */
export const SETTINGS_ELEMENT_ID = "workspace-settings";

/**
 * The requests a third-party app may make and the permission each needs, from Amazon Connect's
 * "Events and requests" table (agent workspace admin guide). The page answers those it knows.
 */
export const REQUEST_PERMISSIONS: Readonly<Record<string, string>> = {
  "agent/getName": "User.Details.View",
  "agent/getARN": "User.Details.View",
  "agent/getState": "User.Status.View",
  "agent/getRoutingProfile": "User.Configuration.View",
  "contact/getInitialContactId": "Contact.Details.View",
  "contact/getChannelType": "Contact.Details.View",
  "contact/getQueue": "Contact.Details.View",
};
