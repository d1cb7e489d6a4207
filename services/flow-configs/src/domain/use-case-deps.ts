import type { Authorizer } from "#ports/authorizer";
import type { ConfigStore } from "#ports/config-store";

/** What the REST use cases need: the store, the authorizer and a clock (tests pin it). */
export interface UseCaseDeps {
  store: ConfigStore;
  authorizer: Authorizer;
  now: () => Date;
}
