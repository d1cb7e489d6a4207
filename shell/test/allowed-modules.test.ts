import type { AdminModule } from "@flow-configs/model/runtime";
import { describe, expect, it } from "vitest";
import { allowedModules } from "../src/app/allowed-modules";

function adminModule(id: string, requiredGroups: string[]): AdminModule {
  return { id, title: id, route: `/${id.toLowerCase()}`, remoteEntry: `http://localhost/${id}/remoteEntry.js`, exposedModule: "./App", requiredGroups };
}

const flowConfigs = adminModule("flowConfigs", ["FlowConfigsAdmin", "FlowConfigsBusiness", "FlowConfigsReadOnly"]);
const auditLog = adminModule("auditLog", ["FlowConfigsAdmin"]);

describe("allowedModules", () => {
  it("opens a module to a user in any one of its groups", () => {
    expect(allowedModules([flowConfigs, auditLog], ["FlowConfigsBusiness"])).toEqual([flowConfigs]);
  });

  it("gives an admin every module that names the admin group", () => {
    expect(allowedModules([flowConfigs, auditLog], ["FlowConfigsAdmin"])).toEqual([flowConfigs, auditLog]);
  });

  it("gives a user in no group nothing", () => {
    expect(allowedModules([flowConfigs, auditLog], [])).toEqual([]);
  });
});
