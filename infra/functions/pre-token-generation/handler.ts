import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { ConnectClient } from "@aws-sdk/client-connect";
import { EVERY_CONFIG, SCOPE_CLAIM } from "@flow-configs/service/authz/scope-claim";
import type { PreTokenGenerationTriggerEvent } from "aws-lambda";
import { accessClaims, type ConnectLookup, type FailClosedReason, type GroupNames, type ScopeWithoutTag } from "./access-claims";
import { ACCESS_METRICS } from "./access-metrics";
import { connectUserDirectory, connectUserTags, type ConnectUserDirectory } from "./connect-user-directory";
import { federatedSubject } from "./federated-subject";

export { SCOPE_CLAIM };

export interface TriggerSettings {
  instanceId: string;
  /** The identity provider whose subject (SAML NameID, OIDC `sub`) is the Connect username. */
  identityProviderName: string;
  groups: GroupNames;
  scopeWithoutTag: ScopeWithoutTag;
}

/** What operators hear from the trigger: each decision logged, and a metric whenever it fails closed. */
export interface AccessAudit {
  granted(details: Record<string, unknown>): void;
  failedClosed(reason: FailClosedReason, details: Record<string, unknown>): void;
}

const FAIL_CLOSED_MESSAGES: Record<FailClosedReason, string> = {
  "no-federated-identity": "no subject from the identity provider: token issued with an empty scope",
  "not-in-connect": "user not found in Amazon Connect: token issued with an empty scope",
  "no-scope-tag": "Connect user has no FlowConfigsScope tag: token issued with an empty scope",
};

/** The audit as Powertools writes it: JSON logs, and an EMF metric the CloudWatch alarm watches. */
export function powertoolsAudit(logger: Logger, metrics: Metrics): AccessAudit {
  return {
    granted: (details) => logger.info("access claims added", details),
    failedClosed(reason, details) {
      logger.warn(FAIL_CLOSED_MESSAGES[reason], { reason, ...details });
      metrics.addMetric(ACCESS_METRICS.scopeFailedClosed, MetricUnit.Count, 1);
      metrics.addMetadata("reason", reason);
      metrics.publishStoredMetrics();
    },
  };
}

async function lookUpConnectUser(
  event: PreTokenGenerationTriggerEvent,
  directory: ConnectUserDirectory,
  settings: TriggerSettings,
): Promise<{ subject: string | null; lookup: ConnectLookup }> {
  const subject = federatedSubject(event.request.userAttributes, settings.identityProviderName);
  if (subject === null) return { subject, lookup: { found: false, reason: "no-federated-identity" } };
  const tags = await connectUserTags(directory, settings.instanceId, subject);
  return { subject, lookup: tags === null ? { found: false, reason: "not-in-connect" } : { found: true, tags } };
}

/** Adds `flow_configs_scope` (and, with a role tag, the groups) from the user's tags in Amazon Connect. */
export async function addAccessClaims(
  event: PreTokenGenerationTriggerEvent,
  directory: ConnectUserDirectory,
  settings: TriggerSettings,
  audit: AccessAudit,
): Promise<PreTokenGenerationTriggerEvent> {
  const { subject, lookup } = await lookUpConnectUser(event, directory, settings);
  const currentGroups = event.request.groupConfiguration.groupsToOverride ?? [];
  const claims = accessClaims(lookup, currentGroups, settings.groups, settings.scopeWithoutTag);
  event.response.claimsOverrideDetails = {
    ...(claims.scope === null ? {} : { claimsToAddOrOverride: { [SCOPE_CLAIM]: claims.scope } }),
    ...(claims.groups === null ? {} : { groupOverrideDetails: { groupsToOverride: claims.groups } }),
  };
  const details = { user: event.userName, subject, scope: claims.scope, groups: claims.groups ?? currentGroups };
  if (claims.failedClosed) audit.failedClosed(claims.failedClosed, details);
  else audit.granted(details);
  return event;
}

function settingsFromEnvironment(): TriggerSettings {
  const required = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`environment variable ${name} is required`);
    return value;
  };
  const scopeWithoutTag = process.env.SCOPE_WITHOUT_TAG ?? "none";
  if (scopeWithoutTag !== "none" && scopeWithoutTag !== EVERY_CONFIG) throw new Error(`SCOPE_WITHOUT_TAG must be none or *, not ${scopeWithoutTag}`);
  return {
    instanceId: required("CONNECT_INSTANCE_ID"),
    identityProviderName: required("IDENTITY_PROVIDER_NAME"),
    groups: { admin: required("ADMIN_GROUP"), business: required("BUSINESS_GROUP"), readOnly: required("READ_ONLY_GROUP"), approver: required("APPROVER_GROUP") },
    scopeWithoutTag,
  };
}

// Built once per container.
const directory = connectUserDirectory(new ConnectClient({}));
const audit = powertoolsAudit(new Logger(), new Metrics({ namespace: ACCESS_METRICS.namespace }));

export const handler = (event: PreTokenGenerationTriggerEvent) => addAccessClaims(event, directory, settingsFromEnvironment(), audit);
