import { ConnectClient } from "@aws-sdk/client-connect";
import type { PreTokenGenerationTriggerEvent } from "aws-lambda";
import { accessClaims, type GroupNames } from "./access-claims";
import { connectUserDirectory, connectUserTags, type ConnectUserDirectory } from "./connect-user-directory";

/** The scope claim the API reads (`id:<configId>` / `template:<templateId>`, space-separated). */
export const SCOPE_CLAIM = "flow_configs_scope";

export interface TriggerSettings {
  instanceId: string;
  /** The user attribute that holds the Connect username (the IdP maps it, e.g. `email`). */
  usernameAttribute: string;
  groups: GroupNames;
}

function log(level: "INFO" | "WARN", message: string, details: Record<string, unknown>): void {
  console.log(JSON.stringify({ level, service: process.env.POWERTOOLS_SERVICE_NAME, message, ...details }));
}

/** Adds `flow_configs_scope` (and, with a role tag, the groups) from the user's tags in Amazon Connect. */
export async function addAccessClaims(
  event: PreTokenGenerationTriggerEvent,
  directory: ConnectUserDirectory,
  settings: TriggerSettings,
): Promise<PreTokenGenerationTriggerEvent> {
  const username = event.request.userAttributes[settings.usernameAttribute];
  if (!username) {
    log("WARN", "no Connect username attribute: token issued without access claims", { attribute: settings.usernameAttribute });
    return event;
  }
  const tags = await connectUserTags(directory, settings.instanceId, username);
  if (tags === null) {
    log("WARN", "user not found in Amazon Connect: token issued without access claims", { username });
    return event;
  }
  const currentGroups = event.request.groupConfiguration.groupsToOverride ?? [];
  const claims = accessClaims(tags, currentGroups, settings.groups);
  event.response.claimsOverrideDetails = {
    ...(claims.scope === null ? {} : { claimsToAddOrOverride: { [SCOPE_CLAIM]: claims.scope } }),
    ...(claims.groups === null ? {} : { groupOverrideDetails: { groupsToOverride: claims.groups } }),
  };
  log("INFO", "access claims added", { username, scope: claims.scope, groups: claims.groups });
  return event;
}

function settingsFromEnvironment(): TriggerSettings {
  const required = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`environment variable ${name} is required`);
    return value;
  };
  return {
    instanceId: required("CONNECT_INSTANCE_ID"),
    usernameAttribute: process.env.CONNECT_USERNAME_ATTRIBUTE ?? "email",
    groups: { admin: required("ADMIN_GROUP"), business: required("BUSINESS_GROUP"), readOnly: required("READ_ONLY_GROUP") },
  };
}

const directory = connectUserDirectory(new ConnectClient({}));

export const handler = (event: PreTokenGenerationTriggerEvent) => addAccessClaims(event, directory, settingsFromEnvironment());
