import { lazy, type LazyExoticComponent } from "react";
import { loadRemote, registerRemotes } from "@module-federation/runtime";
import type { AdminModule } from "@flow-configs/model/runtime";
import type { ModuleComponent } from "@flow-configs/module-contract";

type RemoteComponent = LazyExoticComponent<ModuleComponent>;

const registered = new Set<string>();
let retries = 0;
// One lazy component per module, created outside render: StrictMode-safe, the entry is fetched once.
const components = new Map<string, RemoteComponent>();
// Loads started before the first render, taken over by the module's lazy component.
const preloads = new Map<string, Promise<{ default?: ModuleComponent } | null>>();

const requestOf = (module: AdminModule) => `${module.id}/${module.exposedModule.replace(/^\.\//, "")}`;

/** Tells the federation runtime where each module's `remoteEntry.js` lives, as `/config.json` says. */
export function registerModules(modules: readonly AdminModule[]): void {
  const fresh = modules.filter((module) => !registered.has(module.id));
  if (fresh.length === 0) return;
  registerRemotes(fresh.map((module) => ({ name: module.id, entry: module.remoteEntry, type: "module" })));
  for (const module of fresh) registered.add(module.id);
}

/**
 * Starts loading the module the address opens while the shell signs in and renders its layout, so its code
 * is not fetched only once the layout is on screen. A failure surfaces when the module renders.
 */
export function preloadModuleAt(pathname: string, modules: readonly AdminModule[]): void {
  const module = modules.find((candidate) => pathname === candidate.route || pathname.startsWith(`${candidate.route}/`));
  if (!module || preloads.has(module.id) || components.has(module.id)) return;
  const loading = loadRemote<{ default?: ModuleComponent }>(requestOf(module));
  loading.catch(() => undefined);
  preloads.set(module.id, loading);
}

function createLazy(module: AdminModule): RemoteComponent {
  const request = requestOf(module);
  const preloaded = preloads.get(module.id);
  preloads.delete(module.id);
  return lazy(async () => {
    const loaded = await (preloaded ?? loadRemote<{ default?: ModuleComponent }>(request));
    if (!loaded?.default) throw new Error(`${request} has no default export`);
    return { default: loaded.default };
  });
}

/** The module's component, loaded on first render. */
export function remoteComponent(module: AdminModule): RemoteComponent {
  let component = components.get(module.id);
  if (!component) {
    component = createLazy(module);
    components.set(module.id, component);
  }
  return component;
}

/**
 * A retry needs a fresh lazy (a rejected one stays rejected) and a fresh entry URL: the browser keeps a
 * failed `import()` of a URL failed for the life of the page.
 */
export function reloadRemoteComponent(module: AdminModule): RemoteComponent {
  retries += 1;
  const entry = new URL(module.remoteEntry, window.location.href);
  entry.searchParams.set("retry", String(retries));
  registerRemotes([{ name: module.id, entry: entry.toString(), type: "module" }], { force: true });
  const component = createLazy(module);
  components.set(module.id, component);
  return component;
}
