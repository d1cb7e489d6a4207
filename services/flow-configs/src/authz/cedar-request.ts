import { groupEntityId, type CedarEntity, type CedarRequest, type EntityUid } from "@flow-configs/cedar-authorizer";
import type { Action, Principal, Resource } from "#ports/authorizer";

export const NAMESPACE = "FlowConfigs";

/** The one collection entity every config belongs to. */
export const COLLECTION_ID = "all";

const entityType = (name: string) => `${NAMESPACE}::${name}`;

/**
 * Shapes a principal, action and resource into a Cedar request with its entities: the user (with its
 * groups as parents and its scope as attributes), its groups, and the resource. Shared by the cedar-wasm
 * and the Verified Permissions authorizers so both see the same facts.
 */
export function toCedarRequest(principal: Principal, action: Action, resource: Resource, userPoolId: string): CedarRequest {
  const groups: EntityUid[] = principal.groups.map((group) => ({
    type: entityType("UserGroup"),
    id: groupEntityId(userPoolId, group),
  }));
  const user: CedarEntity = {
    uid: { type: entityType("User"), id: principal.username },
    attrs: {
      scoped: principal.scope !== null,
      scopeIds: [...(principal.scope?.ids ?? [])],
      scopeTemplates: [...(principal.scope?.templates ?? [])],
    },
    parents: groups,
  };
  const collection: CedarEntity = { uid: { type: entityType("ConfigCollection"), id: COLLECTION_ID }, attrs: {}, parents: [] };
  const entities: CedarEntity[] = [user, ...groups.map((uid) => ({ uid, attrs: {}, parents: [] })), collection];

  let resourceUid = collection.uid;
  if (resource.kind === "config") {
    resourceUid = { type: entityType("FlowConfig"), id: resource.id };
    entities.push({
      uid: resourceUid,
      attrs: { id: resource.id, templateId: resource.templateId ?? "", isList: resource.isList },
      parents: [collection.uid],
    });
  }

  return {
    principal: user.uid,
    action: { type: entityType("Action"), id: action },
    resource: resourceUid,
    context: {},
    entities,
  };
}
