import { groupEntityId, type CedarEntity, type CedarRequest } from "@flow-configs/cedar-authorizer";
import type { Action, Principal, Resource } from "#ports/authorizer";

export const NAMESPACE = "CallerLists";

/** The one collection entity every list belongs to. */
export const COLLECTION_ID = "all";

const entityType = (name: string) => `${NAMESPACE}::${name}`;

/**
 * A Caller Lists principal, action and resource as a Cedar request with its entities (the user, its
 * groups, the list and the collection), in the shape both cedar-wasm and Verified Permissions take.
 */
export function toCedarRequest(principal: Principal, action: Action, resource: Resource, userPoolId: string): CedarRequest {
  const groups = principal.groups.map((group) => ({ type: entityType("UserGroup"), id: groupEntityId(userPoolId, group) }));
  const user: CedarEntity = { uid: { type: entityType("User"), id: principal.username }, attrs: {}, parents: groups };
  const collection: CedarEntity = { uid: { type: entityType("ListCollection"), id: COLLECTION_ID }, attrs: {}, parents: [] };
  const entities: CedarEntity[] = [user, ...groups.map((uid) => ({ uid, attrs: {}, parents: [] })), collection];
  let resourceUid = collection.uid;
  if (resource.kind === "list") {
    resourceUid = { type: entityType("CallerList"), id: resource.id };
    entities.push({ uid: resourceUid, attrs: { kind: resource.listKind }, parents: [collection.uid] });
  }
  return { principal: user.uid, action: { type: entityType("Action"), id: action }, resource: resourceUid, context: {}, entities };
}
