import { fileURLToPath } from "node:url";
import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { buildSync } from "esbuild";
import { Hono } from "hono";
import { listen, type RunningServer } from "../http-server";
import { workspacePage } from "./workspace-page";
import type { WorkspaceSettings } from "./workspace-settings";

const DEFAULT_AGENT = "Jordan Agent";

/** The page's script: TypeScript compiled once at start-up (its SDK imports are types only). */
function hostScript(): string {
  const entry = fileURLToPath(new URL("./workspace-host-script.ts", import.meta.url));
  const [output] = buildSync({ entryPoints: [entry], bundle: true, format: "iife", target: "es2022", write: false }).outputFiles;
  if (!output) throw new Error("The workspace page's script did not build");
  return output.text;
}

/**
 * Query parameters let a test or a module team try other cases: `agent` (the agent's name), `permissions`
 * (comma-separated, replacing the app's own), `protocol=off` (a page that frames the app and never answers).
 */
function settingsFor(url: URL, shellUrl: string, region: string): WorkspaceSettings {
  const permissions = url.searchParams.get("permissions");
  return {
    app: {
      _type: "iframe",
      arn: `arn:aws:app-integrations:${region}:000000000000:application/local`,
      namespace: "flow-configs-local",
      id: "local",
      name: WORKSPACE_APP.name,
      description: "The admin suite, framed by the local agent workspace",
      accessUrl: shellUrl,
      permissions: [...WORKSPACE_APP.permissions],
      iframeConfig: { allow: [...WORKSPACE_APP.allow], sandbox: [...WORKSPACE_APP.sandbox] },
    },
    grantedPermissions: permissions === null ? [...WORKSPACE_APP.permissions] : permissions.split(",").filter(Boolean),
    agentName: url.searchParams.get("agent") || DEFAULT_AGENT,
    region,
    answerProtocol: url.searchParams.get("protocol") !== "off",
  };
}

/** Serves the local agent workspace page on 127.0.0.1 (another site than the shell's localhost, as in Connect). */
export function startWorkspaceServer(options: { port: number; shellUrl: string; region: string }): Promise<RunningServer> {
  const script = hostScript();
  const app = new Hono();
  app.get("/", (c) => c.html(workspacePage(settingsFor(new URL(c.req.url), `${options.shellUrl}/`, options.region))));
  app.get("/workspace-host.js", (c) => c.body(script, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  return listen(app, options.port, "WORKSPACE_PORT");
}
