import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { SETTINGS_ELEMENT_ID, type WorkspaceSettings } from "./workspace-settings";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);

/**
 * The local agent workspace: the shell framed as Connect frames the app (sandbox and `allow` from
 * `WORKSPACE_APP`, the constant infra's AppIntegrations application uses), beside the log of what it asked.
 */
export function workspacePage(settings: WorkspaceSettings): string {
  // In a <script> block only "</" could end it early.
  const settingsJson = JSON.stringify(settings).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agent workspace (local)</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;display:flex;flex-direction:column;height:100vh}
header{display:flex;gap:16px;align-items:center;padding:8px 16px;background:#232f3e;color:#fff}
header h1{font-size:16px;margin:0;flex:1}
header button{min-height:44px}
main{display:flex;flex:1;min-height:0}
iframe{flex:1;border:0;min-width:0}
aside{width:320px;overflow:auto;border-left:1px solid #ccc;padding:8px 12px;font-size:13px}
aside h2{font-size:14px}
@media (max-width:688px){main{flex-direction:column}aside{width:auto;max-height:30vh;border-left:0;border-top:1px solid #ccc}}
</style>
</head>
<body>
<header>
<h1>Agent workspace (local) · ${escapeHtml(settings.agentName)}</h1>
<span>App: <output id="app-status">Loading</output></span>
<button type="button" id="close-app">Close app</button>
</header>
<main>
<iframe title="${escapeHtml(WORKSPACE_APP.name)}" src="${escapeHtml(settings.app.accessUrl)}"
  sandbox="${WORKSPACE_APP.sandbox.join(" ")}" allow="${WORKSPACE_APP.allow.join("; ")}"></iframe>
<aside>
<h2 id="protocol-log-title">What the app asked</h2>
<ol id="protocol-log" aria-labelledby="protocol-log-title"></ol>
</aside>
</main>
<script type="application/json" id="${SETTINGS_ELEMENT_ID}">${settingsJson}</script>
<script src="/workspace-host.js"></script>
</body>
</html>
`;
}
