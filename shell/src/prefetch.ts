import { prefetchModuleCode } from "./remotes/prefetch-module-code";

let configRequest: Promise<Response> | undefined;

/**
 * `/config.json`, asked for once per page load: this entry starts it before the shell's code has arrived,
 * and the shell's start reads the same answer. Each caller gets its own copy of the body.
 */
export function runtimeConfigResponse(): Promise<Response> {
  configRequest ??= fetch("/config.json", { cache: "no-store" });
  return configRequest.then((response) => response.clone());
}

// Built as an entry of its own whose script runs first (vite.config.ts): the runtime config and the first
// module's code are requested at once, not after the shell's shared packages have loaded and run.
void prefetchModuleCode(window.location.pathname, runtimeConfigResponse());
