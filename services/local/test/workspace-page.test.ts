import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { describe, expect, it } from "vitest";
import { workspacePage } from "../src/workspace/workspace-page";
import type { WorkspaceSettings } from "../src/workspace/workspace-settings";

function settings(overrides: Partial<WorkspaceSettings> = {}): WorkspaceSettings {
  return {
    app: {
      _type: "iframe",
      arn: "arn:aws:app-integrations:us-east-1:000000000000:application/local",
      namespace: "local",
      id: "local",
      name: WORKSPACE_APP.name,
      description: "",
      accessUrl: "http://localhost:5173/",
      permissions: [...WORKSPACE_APP.permissions],
    },
    grantedPermissions: [...WORKSPACE_APP.permissions],
    agentName: "Jordan Agent",
    region: "us-east-1",
    answerProtocol: true,
    ...overrides,
  };
}

describe("the local agent workspace page", () => {
  it("frames the shell with the sandbox and allow list the AppIntegrations application uses", () => {
    const page = workspacePage(settings());
    expect(page).toContain(`sandbox="${WORKSPACE_APP.sandbox.join(" ")}"`);
    expect(page).toContain(`allow="${WORKSPACE_APP.allow.join("; ")}"`);
    expect(page).toContain(`<iframe title="${WORKSPACE_APP.name}" src="http://localhost:5173/"`);
  });

  it("keeps an agent name with markup as text", () => {
    const page = workspacePage(settings({ agentName: "</script><b>x" }));
    expect(page).not.toContain("</script><b>");
    expect(page).toContain("&lt;/script&gt;&lt;b&gt;x");
  });
});
