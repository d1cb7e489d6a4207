import {
  IsAuthorizedCommand,
  type AttributeValue,
  type EntityIdentifier,
  type IsAuthorizedCommandInput,
  type IsAuthorizedCommandOutput,
} from "@aws-sdk/client-verifiedpermissions";
import { toCedarRequest, type CedarEntity, type CedarRequest } from "#authz/cedar-request";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";

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
 * Asks the Amazon Verified Permissions policy store built from the repo's Cedar files (in AWS). The
 * request carries the same entities the local cedar-wasm authorizer evaluates, so both decide alike.
 */
export class AvpAuthorizer implements Authorizer {
  constructor(
    private readonly client: IsAuthorizedClient,
    private readonly policyStoreId: string,
    private readonly userPoolId: string,
  ) {}

  async isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean> {
    const request = toCedarRequest(principal, action, resource, this.userPoolId);
    const answer = await this.client.send(new IsAuthorizedCommand(toIsAuthorizedInput(this.policyStoreId, request)));
    return answer.decision === "ALLOW";
  }
}
