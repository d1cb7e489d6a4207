import type { FlowConfigBody } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsShapePage } from "../pages/flow-configs-shape-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";

const ID = "E2eSafeChangeQueue";

/** A queue with the two switches the fire-alarm action sets, and none of the safe-change fields yet. */
const queue: FlowConfigBody = {
  id: ID,
  kind: "standard",
  description: "A queue the shape editor gives a zone, approval and a quick action",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: [
    { name: "Closure", type: "boolean", value: "false" },
    { name: "ClosureOfferCallback", type: "boolean", value: "true" },
  ],
  prompts: [{ name: "ClosureMessage", values: { "en-US": { voice: "We are closed" } } }],
  lookupKeys: [],
  templateId: null,
};

test.describe("an admin gives a config a time zone, approval and a quick action", () => {
  // A config made again after a delete goes on from its earlier versions (history is kept).
  let createdVersion = 0;

  test.beforeEach(async ({ apiAs }) => {
    await deleteConfigIfPresent(apiAs("alex"), ID);
    const created = await apiAs("alex").request<{ version: number }>("POST", "/flow-configs", { body: queue });
    expect(created.status).toBe(201);
    createdVersion = created.body.version;
  });

  test.afterEach(async ({ apiAs }) => {
    await deleteConfigIfPresent(apiAs("alex"), ID);
  });

  test("saves them from the shape editor, and the saved config has them", async ({ page, signInAs, apiAs }) => {
    await signInAs("alex");
    const shape = new FlowConfigsShapePage(page);
    await shape.goto(ID);
    await expect(shape.heading(ID)).toBeVisible();
    await shape.chooseTimeZone("Chicago", "America/Chicago");
    await shape.approval.check();
    await shape.addQuickAction("Fire closure", { Closure: "true", ClosureOfferCallback: "false" });
    await shape.save();

    // A saved shape opens the config's page.
    await expect(page).toHaveURL(new RegExp(`/flow-configs/${ID}$`));
    const saved = await apiAs("alex").getConfig(ID);
    expect(saved.body).toMatchObject({
      ...queue,
      version: createdVersion + 1,
      timeZone: "America/Chicago",
      approval: "required",
      quickActions: [{ name: "Fire closure", patch: { variables: [{ name: "Closure", value: "true" }, { name: "ClosureOfferCallback", value: "false" }], prompts: [] } }],
    });

    await shape.goto(ID);
    await expect(shape.timeZone).toHaveValue("America/Chicago");
    await expect(shape.approval).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Name of quick action 1", exact: true })).toHaveValue("Fire closure");
  });
});
