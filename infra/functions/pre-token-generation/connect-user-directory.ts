import type {
  ConnectClient} from "@aws-sdk/client-connect";
import {
  ListTagsForResourceCommand,
  SearchUsersCommand,
  type ListTagsForResourceRequest,
  type ListTagsForResourceResponse,
  type SearchUsersRequest,
  type SearchUsersResponse,
} from "@aws-sdk/client-connect";

/** The two Amazon Connect calls the trigger makes, as the API reference shapes them. */
export interface ConnectUserDirectory {
  searchUsers(request: SearchUsersRequest): Promise<SearchUsersResponse>;
  listTagsForResource(request: ListTagsForResourceRequest): Promise<ListTagsForResourceResponse>;
}

export function connectUserDirectory(client: ConnectClient): ConnectUserDirectory {
  return {
    searchUsers: (request) => client.send(new SearchUsersCommand(request)),
    listTagsForResource: (request) => client.send(new ListTagsForResourceCommand(request)),
  };
}

/** The Connect user's tags, found by exact username; null when the instance has no such user. */
export async function connectUserTags(
  directory: ConnectUserDirectory,
  instanceId: string,
  username: string,
): Promise<Record<string, string> | null> {
  const found = await directory.searchUsers({
    InstanceId: instanceId,
    MaxResults: 2,
    SearchCriteria: { StringCondition: { FieldName: "Username", Value: username, ComparisonType: "EXACT" } },
  });
  // EXACT still matches case-insensitively in some instances: insist on the very username.
  const user = found.Users?.find((candidate) => candidate.Username?.toLowerCase() === username.toLowerCase());
  if (!user?.Arn) return null;
  const tagged = await directory.listTagsForResource({ resourceArn: user.Arn });
  return tagged.tags ?? {};
}
