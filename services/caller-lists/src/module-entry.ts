import { CALLER_LISTS_GROUPS } from "@flow-configs/model/caller-lists";

/** The remote's federation name: the shell registers and loads the remote under it (today's module `id`). */
export const CALLER_LISTS_REMOTE_NAME = "callerLists";

/** Where the module lives: its shell route and its API's path on the suite's REST API (locally, on the local API server). */
export const CALLER_LISTS_ROUTE = "/caller-lists";

/**
 * The Caller Lists entry of the shell's runtime config (`modules[]` of `/config.json`), the one definition
 * the local stack and each region's config.json (infra) write.
 */
export function callerListsModuleEntry(input: { remoteEntry: string; apiUrl: string }) {
  return {
    id: CALLER_LISTS_REMOTE_NAME,
    title: "Caller Lists",
    route: CALLER_LISTS_ROUTE,
    remoteEntry: input.remoteEntry,
    exposedModule: "./Module",
    requiredGroups: [CALLER_LISTS_GROUPS.admin, CALLER_LISTS_GROUPS.editor, CALLER_LISTS_GROUPS.readOnly],
    apiUrl: input.apiUrl,
  };
}
