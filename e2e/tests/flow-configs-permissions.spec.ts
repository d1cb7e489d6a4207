import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";

test.describe("values, not shape, for business users", () => {
  test("a business user sees no shape controls anywhere", async ({ page, signInAs }) => {
    await signInAs("morgan");
    const list = new FlowConfigsListPage(page);
    await list.goto();
    await expect(list.configLink("BasicQueue")).toBeVisible();
    await expect(list.createButton).toHaveCount(0);

    const config = new FlowConfigsConfigPage(page);
    await list.open("BasicQueue");
    await expect(config.toggle("Closure")).toBeEnabled();
    await expect(config.shapeControls).toHaveCount(0);
  });

  test("a read-only user can change nothing", async ({ page, signInAs }) => {
    await signInAs("riley");
    const config = new FlowConfigsConfigPage(page);
    await config.goto("BasicQueue");
    await expect(config.toggle("Closure")).toBeDisabled();
    await expect(config.saveButton).toHaveCount(0);
    await expect(config.shapeControls).toHaveCount(0);
  });

  test("the API refuses a shape change a business user makes anyway", async ({ apiAs }) => {
    const morgan = apiAs("morgan");
    const current = await morgan.getConfig("BasicQueue");
    expect(current.status).toBe(200);
    const { version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...body } = current.body;
    const withNewVariable = { ...body, variables: [...(body.variables as unknown[]), { name: "Sneaky", type: "string", value: "x" }] };

    const response = await morgan.request("PUT", "/flow-configs/BasicQueue", { body: withNewVariable, ifMatch: version });

    expect(response.status).toBe(403);
  });
});
