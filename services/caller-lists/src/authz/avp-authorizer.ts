import { IsAuthorizedCommand } from "@aws-sdk/client-verifiedpermissions";
import { toIsAuthorizedInput, type IsAuthorizedClient } from "@flow-configs/service/adapters/avp-authorizer";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";

/** Asks the module's Verified Permissions store (AWS) with the very entities the cedar-wasm authorizer evaluates. */
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
