/** The few fields of a `/config.json` module entry the prefetch reads; the start validates the whole file. */
interface ModuleEntry {
  route: string;
  remoteEntry: string;
  exposedModule: string;
}

/** What a remote's `mf-manifest.json` says about one exposed module: the JS it loads at once. */
interface ManifestExpose {
  path?: unknown;
  assets?: { js?: { sync?: unknown } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function moduleEntries(config: unknown): ModuleEntry[] {
  const modules = isRecord(config) && Array.isArray(config.modules) ? (config.modules as unknown[]) : [];
  return modules.flatMap((module) =>
    isRecord(module) && typeof module.route === "string" && typeof module.remoteEntry === "string"
      ? [{ route: module.route, remoteEntry: module.remoteEntry, exposedModule: typeof module.exposedModule === "string" ? module.exposedModule : "./App" }]
      : [],
  );
}

function modulePreload(href: string): void {
  if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement("link");
  link.rel = "modulepreload";
  // The federation runtime `import()`s these cross-origin: the same CORS request, so the browser reuses it.
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.append(link);
}

/** The exposed module's sync JS as its federation manifest lists it, as absolute URLs; none if it has no manifest. */
async function exposedModuleCode(module: ModuleEntry): Promise<string[]> {
  const manifestUrl = new URL("mf-manifest.json", new URL(module.remoteEntry, window.location.href));
  const response = await fetch(manifestUrl);
  if (!response.ok) return [];
  const manifest: unknown = await response.json();
  const exposes = isRecord(manifest) && Array.isArray(manifest.exposes) ? (manifest.exposes as ManifestExpose[]) : [];
  const sync = exposes.find((expose) => expose.path === module.exposedModule)?.assets?.js?.sync;
  const publicPath = isRecord(manifest) && isRecord(manifest.metaData) ? manifest.metaData.publicPath : undefined;
  const base = typeof publicPath === "string" && publicPath !== "auto" ? publicPath : manifestUrl.href;
  return Array.isArray(sync) ? sync.filter((file): file is string => typeof file === "string").map((file) => new URL(file, base).href) : [];
}

/**
 * Fetches the code of the module the address opens while the shell's own code still loads and runs: its
 * `remoteEntry.js` and the chunks its exposed module imports at once. Only fetches (modulepreload runs
 * nothing); the federation runtime still loads the module, and a failure here only loses the head start.
 */
export async function prefetchModuleCode(pathname: string, config: Promise<Response>): Promise<void> {
  try {
    const module = moduleEntries(await (await config).json()).find(
      (candidate) => pathname === candidate.route || pathname.startsWith(`${candidate.route}/`),
    );
    if (!module) return;
    modulePreload(new URL(module.remoteEntry, window.location.href).href);
    for (const file of await exposedModuleCode(module)) modulePreload(file);
  } catch {
    // A head start only: the shell reports a bad config or an unreachable module when it starts.
  }
}
