/** The user-pool placeholder in the Cedar files, replaced by the real (or local) pool id at load or synth. */
export const USER_POOL_PLACEHOLDER = "{{USER_POOL_ID}}";

export interface EntityUid {
  type: string;
  id: string;
}

type AttributeValue = string | boolean | string[];

export interface CedarEntity {
  uid: EntityUid;
  attrs: Record<string, AttributeValue>;
  parents: EntityUid[];
}

/** A Cedar request in the JSON shape both cedar-wasm and (after mapping) Verified Permissions take. */
export interface CedarRequest {
  principal: EntityUid;
  action: EntityUid;
  resource: EntityUid;
  context: Record<string, never>;
  entities: CedarEntity[];
}

/** The Cedar group entity id of a Cognito group, as Verified Permissions' Cognito identity source names it. */
export function groupEntityId(userPoolId: string, group: string): string {
  return `${userPoolId}|${group}`;
}
