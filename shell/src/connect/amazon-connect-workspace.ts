import { AmazonConnectApp } from "@amazon-connect/app";
import { ConnectClient, type AmazonConnectProvider } from "@amazon-connect/core";
import { STANDALONE, type ConnectWorkspace, type WorkspaceContext } from "./connect-workspace";

/** Reads the signed-in agent from the workspace (the `aws.connect.contact` namespace's `agent/getName`). */
class AgentNameClient extends ConnectClient {
  constructor(provider: AmazonConnectProvider) {
    super("aws.connect.contact", { provider });
  }

  async getName(): Promise<string> {
    const { name } = await this.context.proxy.request<{ name: string }>("agent/getName");
    return name;
  }
}

const listeners = new Set<() => void>();
let context: WorkspaceContext = STANDALONE;

function update(next: WorkspaceContext): void {
  context = next;
  for (const listener of [...listeners]) listener();
}

// Once, at module top level: React StrictMode runs effects twice, and the SDK must not be initialised twice.
const { provider } = AmazonConnectApp.init({
  onCreate: async ({ context: appContext }) => {
    update({ mode: "workspace", instanceId: appContext.instanceId, region: appContext.region });
    try {
      const userName = await new AgentNameClient(provider).getName();
      update({ ...context, userName });
    } catch {
      // The user's name is a nicety: without the permission to read it the app still works.
    }
  },
});
// Outside the workspace the SDK reports `workspaceConnectTimeout` here: that is standalone mode, not a failure.
provider.onError(() => undefined);

/** The real adapter: the shell starts standalone and upgrades when the workspace answers. */
export const amazonConnectWorkspace: ConnectWorkspace = {
  get context() {
    return context;
  },
  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
