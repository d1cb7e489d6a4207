import type { AdminModule } from "@flow-configs/model/runtime";
import { describe, expect, it } from "vitest";
import { allowedModules } from "../src/app/allowed-modules";

function adminModule(id: string, requiredGroups: string[]): AdminModule {
  return { id, title: id, route: `/${id.toLowerCase()}`, remoteEntry: `http://localhost/${id}/remoteEntry.js`, exposedModule: "./App", requiredGroups };
}

const inventory = adminModule("inventory", ["InventoryAdmin", "InventoryEditor", "InventoryReadOnly"]);
const auditLog = adminModule("auditLog", ["InventoryAdmin", "AuditReader"]);

describe("allowedModules", () => {
  it("opens a module to a user in any one of its groups", () => {
    expect(allowedModules([inventory, auditLog], ["InventoryEditor"])).toEqual([inventory]);
  });

  it("gives a user every module that names one of their groups", () => {
    expect(allowedModules([inventory, auditLog], ["InventoryAdmin"])).toEqual([inventory, auditLog]);
  });

  it("gives a user in no group nothing", () => {
    expect(allowedModules([inventory, auditLog], [])).toEqual([]);
  });
});
