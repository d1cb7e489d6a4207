/// <reference lib="dom" />
import type { AcknowledgeMessage, ConnectResponseError, RequestMessage, ResponseMessage } from "@amazon-connect/core";
import type { AppHostInitMessage, AppUpstreamMessage, LifecycleMessage } from "@amazon-connect/workspace-types";
import { REQUEST_PERMISSIONS, SETTINGS_ELEMENT_ID, type WorkspaceSettings } from "./workspace-settings";

/**
 * The host side of the Amazon Connect SDK's app protocol, as the agent workspace speaks it to a framed app
 * (read from `@amazon-connect/app` 1.0.11; every shape is the SDK's exported type, so an SDK upgrade that
 * changes one fails the typecheck). Runs in the local workspace page; writes what the app asks to its log.
 */
type Stage = LifecycleMessage["stage"];

const settings = JSON.parse(document.getElementById(SETTINGS_ELEMENT_ID)?.textContent ?? "{}") as WorkspaceSettings;
const frame = document.querySelector("iframe");
const log = document.getElementById("protocol-log");
const status = document.getElementById("app-status");
const closeButton = document.getElementById("close-app");
const instanceId = `local-${Math.random().toString(36).slice(2, 10)}`;
let port: MessagePort | undefined;

function record(direction: "app → workspace" | "workspace → app", text: string): void {
  const entry = document.createElement("li");
  entry.textContent = `${direction}: ${text}`;
  log?.append(entry);
}

function setStatus(text: string): void {
  if (status) status.textContent = text;
}

function send(message: AcknowledgeMessage | LifecycleMessage | ResponseMessage, summary: string): void {
  port?.postMessage(message);
  record("workspace → app", summary);
}

function lifecycle(stage: Stage): void {
  const message: LifecycleMessage = {
    type: "appLifecycle",
    stage,
    instanceId,
    appInstanceId: instanceId,
    config: settings.app,
    appConfig: settings.app,
    region: settings.region,
    scope: { type: "idle" },
    launchedBy: { type: "internal", name: "Agent workspace (local)" },
  };
  send(message, `lifecycle ${stage}`);
}

/** Connect answers a request the app has no permission for with an error response; an unknown one likewise. */
function denial(request: RequestMessage, errorKey: string, reason: string): ConnectResponseError {
  return {
    namespace: request.namespace,
    requestId: request.requestId,
    isError: true,
    errorKey,
    reason,
    details: { command: request.command, requestData: request.data },
  };
}

function answer(request: RequestMessage): void {
  const name = `${request.namespace} ${request.command}`;
  const permission = REQUEST_PERMISSIONS[request.command];
  if (permission === undefined) {
    send({ type: "response", ...denial(request, "handlerNotFound", "No handler for command") }, `${name}: no handler`);
  } else if (!settings.grantedPermissions.includes(permission)) {
    send(
      { type: "response", ...denial(request, "permissionDenied", `The app does not have the ${permission} permission`) },
      `${name}: denied (needs ${permission})`,
    );
  } else if (request.command === "agent/getName") {
    send({ type: "response", namespace: request.namespace, requestId: request.requestId, isError: false, data: { name: settings.agentName } }, `${name}: "${settings.agentName}"`);
  } else {
    send({ type: "response", ...denial(request, "noResult", "No Result Found") }, `${name}: no result here`);
  }
}

function onAppMessage(message: AppUpstreamMessage): void {
  switch (message.type) {
    case "request":
      record("app → workspace", `request ${message.namespace} ${message.command}`);
      answer(message);
      return;
    case "appLifecycleHandlerCompleted":
      record("app → workspace", `lifecycle ${message.stage} handled`);
      if (message.stage === "create") {
        lifecycle("start");
        setStatus("Running");
      } else {
        frame?.remove();
        setStatus("Closed");
      }
      return;
    case "log":
      // The SDK's own debug chatter is not something the app asked for.
      return;
    default:
      record("app → workspace", message.type);
  }
}

function isHostInit(data: unknown): data is AppHostInitMessage {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === "connect-app-host-init";
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== frame?.contentWindow || !isHostInit(event.data) || !event.ports[0]) return;
  record("app → workspace", `connect (SDK ${event.data.sdkVersion})`);
  if (!settings.answerProtocol) {
    record("workspace → app", "nothing: this page does not answer");
    return;
  }
  port = event.ports[0];
  port.onmessage = (message: MessageEvent<AppUpstreamMessage>) => onAppMessage(message.data);
  send(
    { type: "acknowledge", connectionId: instanceId, status: { initialized: true, startTime: new Date() }, healthCheckInterval: 0 },
    "acknowledge",
  );
  lifecycle("create");
  setStatus("Starting");
});

closeButton?.addEventListener("click", () => {
  if (port) lifecycle("destroy");
  else frame?.remove();
});
