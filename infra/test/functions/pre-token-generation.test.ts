import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  SearchUsersRequest,
  SearchUsersResponse,
  UserSearchSummary,
} from "@aws-sdk/client-connect";
import type { PreTokenGenerationTriggerEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { AccessTagError } from "../../functions/pre-token-generation/access-claims";
import type { ConnectUserDirectory } from "../../functions/pre-token-generation/connect-user-directory";
import { addAccessClaims, SCOPE_CLAIM, type TriggerSettings } from "../../functions/pre-token-generation/handler";

const INSTANCE_ID = "11111111-2222-3333-4444-555555555555";
const INSTANCE_ARN = `arn:aws:connect:us-east-1:111122223333:instance/${INSTANCE_ID}`;

const settings: TriggerSettings = {
  instanceId: INSTANCE_ID,
  usernameAttribute: "email",
  groups: { admin: "FlowConfigsAdmin", business: "FlowConfigsBusiness", readOnly: "FlowConfigsReadOnly" },
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

function aTokenEvent(email: string | undefined, groups: string[] = []): PreTokenGenerationTriggerEvent {
  return {
    version: "1",
    triggerSource: "TokenGeneration_HostedAuth",
    region: "us-east-1",
    userPoolId: "us-east-1_AbCdEf123",
    userName: `CorporateIdP_${email ?? "nobody"}`,
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: "shell-client" },
    request: {
      userAttributes: { sub: "0000-1111", ...(email ? { email } : {}) },
      groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: undefined },
    },
    response: { claimsOverrideDetails: {} },
  };
}

describe("pre-token-generation trigger", () => {
  it("adds flow_configs_scope from the Connect user's FlowConfigsScope tag", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "id:Office-Austin  template:FieldOffice" } });

    const event = await addAccessClaims(aTokenEvent("morgan@example.com", ["FlowConfigsBusiness"]), directory, settings);

    expect(event.response.claimsOverrideDetails.claimsToAddOrOverride).toEqual({ [SCOPE_CLAIM]: "id:Office-Austin template:FieldOffice" });
    expect(event.response.claimsOverrideDetails.groupOverrideDetails).toBeUndefined();
  });

  it("looks the user up by exact username in the instance, then reads the tags of the user's ARN", async () => {
    const morgan = aConnectUser();
    const { directory, searches, tagLookups } = connectDirectory([morgan], {});

    await addAccessClaims(aTokenEvent("morgan@example.com"), directory, settings);

    expect(searches).toEqual([
      {
        InstanceId: INSTANCE_ID,
        MaxResults: 2,
        SearchCriteria: { StringCondition: { FieldName: "Username", Value: "morgan@example.com", ComparisonType: "EXACT" } },
      },
    ]);
    expect(tagLookups).toEqual([{ resourceArn: morgan.Arn }]);
  });

  it("leaves a user without the scope tag unscoped (every config)", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { Department: "Support" } });

    const event = await addAccessClaims(aTokenEvent("morgan@example.com", ["FlowConfigsBusiness"]), directory, settings);

    expect(event.response.claimsOverrideDetails).toEqual({});
  });

  it("replaces the product's groups with the one the FlowConfigsRole tag names, keeping other groups", async () => {
    const riley = aConnectUser({ Username: "riley@example.com" });
    const { directory } = connectDirectory([riley], { [riley.Arn!]: { FlowConfigsRole: "readonly" } });

    const event = await addAccessClaims(aTokenEvent("riley@example.com", ["FlowConfigsAdmin", "OtherModuleUsers"]), directory, settings);

    expect(event.response.claimsOverrideDetails.groupOverrideDetails).toEqual({
      groupsToOverride: ["OtherModuleUsers", "FlowConfigsReadOnly"],
    });
  });

  it("issues the token unchanged when the user is not in Amazon Connect", async () => {
    const { directory, tagLookups } = connectDirectory([aConnectUser({ Username: "someone-else@example.com" })], {});

    const event = await addAccessClaims(aTokenEvent("casey@example.com", ["FlowConfigsAdmin"]), directory, settings);

    expect(event.response.claimsOverrideDetails).toEqual({});
    expect(tagLookups).toEqual([]);
  });

  it("issues the token unchanged when the username attribute is missing", async () => {
    const { directory, searches } = connectDirectory([aConnectUser()], {});

    const event = await addAccessClaims(aTokenEvent(undefined), directory, settings);

    expect(event.response.claimsOverrideDetails).toEqual({});
    expect(searches).toEqual([]);
  });

  it("refuses sign-in when the scope tag has an entry it cannot read, rather than widen access", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "id:Office-Austin office:Boston" } });

    await expect(addAccessClaims(aTokenEvent("morgan@example.com"), directory, settings)).rejects.toThrow(
      new AccessTagError('FlowConfigsScope entry "office:Boston" is not id:<configId> or template:<templateId>'),
    );
  });

  it("refuses sign-in when the scope tag is empty (it would read as every config)", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsScope: "  " } });

    await expect(addAccessClaims(aTokenEvent("morgan@example.com"), directory, settings)).rejects.toThrow(AccessTagError);
  });

  it("refuses sign-in when the role tag names no known role", async () => {
    const morgan = aConnectUser();
    const { directory } = connectDirectory([morgan], { [morgan.Arn!]: { FlowConfigsRole: "Superuser" } });

    await expect(addAccessClaims(aTokenEvent("morgan@example.com"), directory, settings)).rejects.toThrow(
      'FlowConfigsRole "Superuser" is not Admin, Business or ReadOnly',
    );
  });
});
