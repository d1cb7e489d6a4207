import type { Authorizer } from "#ports/authorizer";
import type { ConfigStore } from "#ports/config-store";
import type { ContactFlowDirectory } from "#ports/contact-flow-directory";

/** What the REST use cases need: the store, the authorizer and a clock (tests pin it). */
export interface UseCaseDeps {
  store: ConfigStore;
  authorizer: Authorizer;
  now: () => Date;
  /** The contact flows that read configs (usage, and the guards on delete and shape changes); none: no flow is known. */
  flows?: ContactFlowDirectory;
  /** The getConfig function's names in flows (default: the model's GET_CONFIG_FUNCTION_NAMES). */
  getConfigNames?: readonly string[];
}
