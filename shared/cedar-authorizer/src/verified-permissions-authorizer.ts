import {
  IsAuthorizedCommand,
  type AttributeValue,
  type EntityIdentifier,
  type IsAuthorizedCommandInput,
  type IsAuthorizedCommandOutput,
} from "@aws-sdk/client-verifiedpermissions";
import type { CedarEntity, CedarRequest } from "./cedar-request";

/** The one call the authorizer makes; a `VerifiedPermissionsClient` is one. */
export interface IsAuthorizedClient {
  send(command: IsAuthorizedCommand): Promise<IsAuthorizedCommandOutput>;
}

const uid = ({ type, id }: { type: string; id: string }): EntityIdentifier => ({ entityType: type, entityId: id });

function attributeValue(value: CedarEntity["attrs"][string]): AttributeValue {
  if (typeof value === "string") return { string: value };
  if (typeof value === "boolean") return { boolean: value };
  return { set: value.map((item) => ({ string: item })) };
}

/** The Cedar request (shaped as for cedar-wasm) in the form Verified Permissions' `IsAuthorized` takes. */
export function toIsAuthorizedInput(policyStoreId: string, request: CedarRequest): IsAuthorizedCommandInput {
  return {
    policyStoreId,
    principal: uid(request.principal),
    action: { actionType: request.action.type, actionId: request.action.id },
    resource: uid(request.resource),
    entities: {
      entityList: request.entities.map((entity) => ({
        identifier: uid(entity.uid),
        attributes: Object.fromEntries(Object.entries(entity.attrs).map(([name, value]) => [name, attributeValue(value)])),
        parents: entity.parents.map(uid),
      })),
    },
  };
}

/**
 * Asks a module's Amazon Verified Permissions policy store, built from its Cedar files (in AWS). The request
 * carries the same entities its local cedar-wasm authorizer evaluates (one `toRequest`), so both decide alike.
 */
export class VerifiedPermissionsAuthorizer<Principal, Action extends string, Resource> {
  constructor(
    private readonly client: IsAuthorizedClient,
    private readonly policyStoreId: string,
    private readonly toRequest: (principal: Principal, action: Action, resource: Resource) => CedarRequest,
  ) {}

  async isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean> {
    const input = toIsAuthorizedInput(this.policyStoreId, this.toRequest(principal, action, resource));
    const answer = await this.client.send(new IsAuthorizedCommand(input));
    return answer.decision === "ALLOW";
  }
}
