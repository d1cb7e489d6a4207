import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  SearchUsersRequest,
  SearchUsersResponse,
  UserSearchSummary,
} from "@aws-sdk/client-connect";
import type { PreTokenGenerationTriggerEvent } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { AccessTagError, type FailClosedReason } from "../../functions/pre-token-generation/access-claims";
import { ACCESS_METRICS } from "../../functions/pre-token-generation/access-metrics";
import type { ConnectUserDirectory } from "../../functions/pre-token-generation/connect-user-directory";
import {
  addAccessClaims as addClaims,
  powertoolsAudit,
  SCOPE_CLAIM,
  type AccessAudit,
  type TriggerSettings,
} from "../../functions/pre-token-generation/handler";

const INSTANCE_ID = "11111111-2222-3333-4444-555555555555";
const INSTANCE_ARN = `arn:aws:connect:us-east-1:111122223333:instance/${INSTANCE_ID}`;

const settings: TriggerSettings = {
  instanceId: INSTANCE_ID,
  identityProviderName: "CorporateIdP",
  groups: { admin: "FlowConfigsAdmin", business: "FlowConfigsBusiness", readOnly: "FlowConfigsReadOnly", approver: "FlowConfigsApprover" },
  scopeWithoutTag: "none",
};

/** A user as SearchUsers returns it (UserSearchSummary in the API reference). */
function aConnectUser(overrides: Partial<UserSearchSummary> = {}): UserSearchSummary {
  const id = "a1b2c3d4-0000-1111-2222-333344445555";
  return {
    Id: id,
    Arn: `${INSTANCE_ARN}/agent/${id}`,
    Username: "morgan@example.com",
    IdentityInfo: { FirstName: "Morgan", LastName: "Lee" },
    PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: false, AfterContactWorkTimeLimit: 0 },
    RoutingProfileId: "routing-profile-id",
    SecurityProfileIds: ["security-profile-id"],
    HierarchyGroupId: "hierarchy-group-id",
    ...overrides,
  };
}

/** Connect as the trigger sees it: users found by SearchUsers, their tags from ListTagsForResource. */
function connectDirectory(users: UserSearchSummary[], tagsByArn: Record<string, Record<string, string>>) {
  const searches: SearchUsersRequest[] = [];
  const tagLookups: ListTagsForResourceRequest[] = [];
  const directory: ConnectUserDirectory = {
    async searchUsers(request): Promise<SearchUsersResponse> {
      searches.push(request);
      const wanted = request.SearchCriteria?.StringCondition?.Value;
      const found = users.filter((user) => user.Username === wanted);
      return { Users: found, ApproximateTotalCount: found.length };
    },
    async listTagsForResource(request): Promise<ListTagsForResourceResponse> {
      tagLookups.push(request);
      return { tags: tagsByArn[request.resourceArn ?? ""] ?? {} };
    },
  };
  return { directory, searches, tagLookups };
}

/** The `identities` attribute Cognito writes for a user federated through `providerName` (SAML NameID as userId). */
function identitiesOf(userId: string, providerName = "CorporateIdP"): string {
  return JSON.stringify([{ userId, providerName, providerType: "SAML", issuer: null, primary: "true", dateCreated: "1700000000000" }]);
}

interface TokenEventOptions {
  groups?: string[];
  /** The IdP subject; undefined: a user with no federated identity (created in the pool directly). */
  subject?: string;
  providerName?: string;
  /** The email attribute, which a user might have changed: never used to find the Connect user. */
  email?: string;
}

function aTokenEvent({ groups = [], subject, providerName, email }: TokenEventOptions = {}): PreTokenGenerationTriggerEvent {
  return {
    version: "1",
    triggerSource: "TokenGeneration_HostedAuth",
    region: "us-east-1",
    userPoolId: "us-east-1_AbCdEf123",
    userName: `CorporateIdP_${subject ?? "nobody"}`,
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: "shell-client" },
    request: {
      userAttributes: {
        sub: "0000-1111",
        ...(subject ? { identities: identitiesOf(subject, providerName) } : {}),
        ...(email ? { email } : {}),
      },
      groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: undefined },
    },
    response: { claimsOverrideDetails: {} },
  };
}

/** Records what the trigger tells operators. */
function recordingAudit() {
  const failures: Array<{ reason: FailClosedReason; details: Record<string, unknown> }> = [];
  const audit: AccessAudit = { granted: () => undefined, failedClosed: (reason, details) => failures.push({ reason, details }) };
  return { audit, failures };
}

let audit = recordingAudit();
afterEach(() => {
  audit = recordingAudit();
});

const addAccessClaims = (event: PreTokenGenerationTriggerEvent, directory: ConnectUserDirectory, triggerSettings: TriggerSettings = settings) =>
  addClaims(event, directory, triggerSettings, audit.audit);

const scopeOf = (event: PreTokenGenerationTriggerEvent) => event.response.claimsOverrideDetails.claimsToAddOrOverride?.[SCOPE_CLAIM];

describe("pre-token-generation trigger", () => {
  it("adds flow_configs_scope from the Connect user's FlowConfigsScope tag", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "id:Office-Austin  template:FieldOffice" } });

    const event = await addAccessClaims(aTokenEvent({ subject: "morgan@example.com", groups: ["FlowConfigsBusiness"] }), directory);

    expect(event.response.claimsOverrideDetails.claimsToAddOrOverride).toEqual({ [SCOPE_CLAIM]: "id:Office-Austin template:FieldOffice" });
    expect(event.response.claimsOverrideDetails.groupOverrideDetails).toBeUndefined();
    expect(audit.failures).toEqual([]);
  });

  it("grants every config with FlowConfigsScope=*", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: " * " } });

    const event = await addAccessClaims(aTokenEvent({ subject: "morgan@example.com", groups: ["FlowConfigsBusiness"] }), directory);

    expect(scopeOf(event)).toBe("*");
  });

  it("looks the user up by the identity provider's subject, exact, in the instance, then reads the tags of the user's ARN", async () => {
    const morgan = aConnectUser();
    const { directory, searches, tagLookups } = connectDirectory([morgan], {});

    await addAccessClaims(aTokenEvent({ subject: "morgan@example.com" }), directory);

    expect(searches).toEqual([
      {
        InstanceId: INSTANCE_ID,
        MaxResults: 2,
        SearchCriteria: { StringCondition: { FieldName: "Username", Value: "morgan@example.com", ComparisonType: "EXACT" } },
      },
    ]);
    expect(tagLookups).toEqual([{ resourceArn: morgan.Arn }]);
  });

  it("never looks the user up by email, which a user might change", async () => {
    const alex = aConnectUser({ Username: "alex@example.com" });
    const { directory, searches } = connectDirectory([alex], { [alex.Arn!]: { FlowConfigsScope: "*" } });

    const event = await addAccessClaims(aTokenEvent({ subject: "mallory@example.com", email: "alex@example.com", groups: ["FlowConfigsBusiness"] }), directory);

    expect(searches.map((search) => search.SearchCriteria?.StringCondition?.Value)).toEqual(["mallory@example.com"]);
    expect(scopeOf(event)).toBe("");
  });

  it("ignores the subject of another identity provider", async () => {
    const morgan = aConnectUser();
    const { directory, searches } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "*" } });

    const event = await addAccessClaims(
      aTokenEvent({ subject: "morgan@example.com", providerName: "SomeOtherIdP", groups: ["FlowConfigsBusiness"] }),
      directory,
    );

    expect(searches).toEqual([]);
    expect(scopeOf(event)).toBe("");
    expect(audit.failures.map((failure) => failure.reason)).toEqual(["no-federated-identity"]);
  });

  it.each(["FlowConfigsBusiness", "FlowConfigsReadOnly", "FlowConfigsApprover"])("gives a %s user without the scope tag an empty scope, and says so", async (group) => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { Department: "Support" } });

    const event = await addAccessClaims(aTokenEvent({ subject: "morgan@example.com", groups: [group] }), directory);

    expect(event.response.claimsOverrideDetails.claimsToAddOrOverride).toEqual({ [SCOPE_CLAIM]: "" });
    expect(audit.failures).toEqual([{ reason: "no-scope-tag", details: expect.objectContaining({ subject: "morgan@example.com", scope: "" }) }]);
  });

  it("gives a user found without the scope tag every config when the deployment sets scopeWithoutTag to *", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], {});

    const event = await addAccessClaims(aTokenEvent({ subject: "morgan@example.com", groups: ["FlowConfigsBusiness"] }), directory, {
      ...settings,
      scopeWithoutTag: "*",
    });

    expect(scopeOf(event)).toBe("*");
    expect(audit.failures).toEqual([]);
  });

  it("never gives * to a user Connect does not know, whatever scopeWithoutTag says", async () => {
    const { directory, tagLookups } = connectDirectory([aConnectUser({ Username: "someone-else@example.com" })], {});

    const event = await addAccessClaims(aTokenEvent({ subject: "casey@example.com", groups: ["FlowConfigsBusiness"] }), directory, {
      ...settings,
      scopeWithoutTag: "*",
    });

    expect(scopeOf(event)).toBe("");
    expect(tagLookups).toEqual([]);
    expect(audit.failures.map((failure) => failure.reason)).toEqual(["not-in-connect"]);
  });

  it("gives a Business user with no federated identity an empty scope without asking Connect", async () => {
    const { directory, searches } = connectDirectory([aConnectUser()], {});

    const event = await addAccessClaims(aTokenEvent({ groups: ["FlowConfigsReadOnly"] }), directory);

    expect(scopeOf(event)).toBe("");
    expect(searches).toEqual([]);
    expect(audit.failures.map((failure) => failure.reason)).toEqual(["no-federated-identity"]);
  });

  it("replaces the product's groups with the one the FlowConfigsRole tag names, keeping other groups", async () => {
    const riley = aConnectUser({ Username: "riley@example.com" });
    const { directory } = connectDirectory([riley], { [riley.Arn!]: { FlowConfigsRole: "readonly" } });

    const event = await addAccessClaims(aTokenEvent({ subject: "riley@example.com", groups: ["FlowConfigsAdmin", "OtherModuleUsers"] }), directory);

    expect(event.response.claimsOverrideDetails.groupOverrideDetails).toEqual({
      groupsToOverride: ["OtherModuleUsers", "FlowConfigsReadOnly"],
    });
    // No longer an admin: without a scope tag, the read-only user sees nothing.
    expect(scopeOf(event)).toBe("");
  });

  it("leaves an admin without the scope tag unscoped (no claim), even one Connect does not know", async () => {
    const { directory, tagLookups } = connectDirectory([aConnectUser({ Username: "someone-else@example.com" })], {});

    const event = await addAccessClaims(aTokenEvent({ subject: "casey@example.com", groups: ["FlowConfigsAdmin"] }), directory);

    expect(event.response.claimsOverrideDetails).toEqual({});
    expect(tagLookups).toEqual([]);
    expect(audit.failures).toEqual([]);
  });

  it("refuses sign-in when the scope tag has an entry it cannot read, rather than widen access", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "id:Office-Austin office:Boston" } });

    await expect(addAccessClaims(aTokenEvent({ subject: "morgan@example.com" }), directory)).rejects.toThrow(
      new AccessTagError('FlowConfigsScope entry "office:Boston" is not id:<configId> or template:<templateId> (or * alone, for every config)'),
    );
  });

  it("refuses sign-in when * is mixed with other entries", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "* id:Office-Austin" } });

    await expect(addAccessClaims(aTokenEvent({ subject: "morgan@example.com" }), directory)).rejects.toThrow('entry "*"');
  });

  it("refuses sign-in when the scope tag is empty (most likely a mistake)", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "  " } });

    await expect(addAccessClaims(aTokenEvent({ subject: "morgan@example.com" }), directory)).rejects.toThrow(AccessTagError);
  });

  it("refuses sign-in when the role tag names no known role", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsRole: "Superuser" } });

    await expect(addAccessClaims(aTokenEvent({ subject: "morgan@example.com" }), directory)).rejects.toThrow(
      'FlowConfigsRole "Superuser" is not Admin, Business or ReadOnly',
    );
  });
});

describe("the trigger's audit, as Powertools writes it", () => {
  it("logs a warning with the reason and emits the ScopeFailedClosed metric (EMF) the alarm watches", () => {
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    // Powertools writes warnings to stderr and metrics to stdout.
    const writes = [vi.spyOn(process.stdout, "write").mockImplementation(capture), vi.spyOn(process.stderr, "write").mockImplementation(capture)];
    try {
      const powertools = powertoolsAudit(
        new Logger({ serviceName: "flow-configs-pre-token-generation" }),
        new Metrics({ namespace: ACCESS_METRICS.namespace, serviceName: "flow-configs-pre-token-generation" }),
      );
      powertools.failedClosed("not-in-connect", { subject: "casey@example.com" });
    } finally {
      for (const write of writes) write.mockRestore();
    }
    const records = lines.flatMap((line) => line.split("\n")).filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(
      expect.objectContaining({ level: "WARN", message: "user not found in Amazon Connect: token issued with an empty scope", reason: "not-in-connect" }),
    );
    const emf = records.find((record) => "_aws" in record) as {
      _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string }> }> };
      service: string;
      ScopeFailedClosed: number;
      reason: string;
    };
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: "FlowConfigs", Dimensions: [["service"]], Metrics: [{ Name: "ScopeFailedClosed" }] });
    expect(emf).toMatchObject({ service: "flow-configs-pre-token-generation", ScopeFailedClosed: 1, reason: "not-in-connect" });
  });
});
