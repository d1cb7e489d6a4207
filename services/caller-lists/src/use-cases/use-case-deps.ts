import type { Authorizer } from "#ports/authorizer";
import type { CallerListStore } from "#ports/caller-list-store";

/** What every use case needs: the store, the authorizer and the clock. */
export interface UseCaseDeps {
  store: CallerListStore;
  authorizer: Authorizer;
  now: () => Date;
}
