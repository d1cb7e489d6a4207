import { App } from "aws-cdk-lib";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig } from "../lib/config/load-config";
import { createFlowConfigsApp } from "../lib/flow-configs-app";
import { INFRA_ROOT, REPO_ROOT } from "../lib/repo-paths";

const app = new App();
// `cdk synth -c config=config/my.config.json`; the config is validated before any construct is built.
const configFile = String(app.node.tryGetContext("config") ?? "config/flow-configs.config.json");
const config = loadConfig(resolve(INFRA_ROOT, configFile));

// The front-end builds to publish; `-c shellDist=... -c flowConfigsDist=...` points at builds elsewhere (CI artifacts).
const buildDir = (contextKey: string, fallback: string) => resolve(INFRA_ROOT, String(app.node.tryGetContext(contextKey) ?? fallback));
const siteContent = {
  shell: buildDir("shellDist", join(REPO_ROOT, "shell/dist")),
  flowConfigs: buildDir("flowConfigsDist", join(REPO_ROOT, "apps/flow-configs/dist")),
  callerLists: buildDir("callerListsDist", join(REPO_ROOT, "apps/caller-lists/dist")),
};
const missing = Object.values(siteContent).filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  throw new Error(
    `front-end builds missing (${missing.join(", ")}): run npm run build -w @flow-configs/shell -w @flow-configs/app-flow-configs -w @flow-configs/app-caller-lists first`,
  );
}

createFlowConfigsApp(app, config, siteContent);
app.synth();
