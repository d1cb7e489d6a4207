import type { ConfigInput } from "@flow-configs/model";
import { aContactFlow, expect, test } from "../fixtures/contact-flows";
import type { RestApi } from "../fixtures/rest-api";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsUsage } from "../pages/flow-configs-usage";
import { ShellPage } from "../pages/shell-page";

const ID = "UsageLine";

const usageLine: ConfigInput = {
  id: ID,
  kind: "standard",
  description: "A line two contact flows read",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: [{ name: "Closure", type: "boolean", value: "false" }],
  prompts: [{ name: "Welcome", values: { "en-US": { voice: "Welcome to the usage line." } } }],
  lookupKeys: [],
  templateId: null,
};

/** Deletes the test's config even while a dropped flow still names it (the files go after the test). */
async function forceDeleteIfPresent(api: RestApi): Promise<void> {
  const current = await api.getConfig(ID);
  if (current.status === 200) await api.request("DELETE", `/flow-configs/${ID}?force=true`, { ifMatch: current.body.version });
}

test.describe("which flows use a config", () => {
  test.beforeEach(async ({ apiAs }) => {
    await forceDeleteIfPresent(apiAs("alex"));
    await apiAs("alex").replaceConfig(usageLine);
  });

  test.afterEach(async ({ apiAs }) => {
    await forceDeleteIfPresent(apiAs("alex"));
  });

  test("a dropped flow shows in Used by with what it reads, and deleting names the flows first", async ({ page, signInAs, contactFlows }) => {
    await contactFlows.drop("usage-main.json", aContactFlow("Usage main line", ID, ["Closure", "Welcome"]));
    await contactFlows.drop("usage-typo.json", aContactFlow("Usage typo line", ID, ["Welcom"]));
    await signInAs("alex");
    const config = new FlowConfigsConfigPage(page);
    await config.goto(ID);
    const usage = new FlowConfigsUsage(page);

    await expect(usage.flow("Usage main line")).toContainText("Closure, Welcome");
    await expect(usage.flow("Usage typo line")).toContainText("Not defined: Welcom");
    await new ShellPage(page).expectNoHorizontalScroll();

    await usage.openDelete();
    await expect(usage.breakingFlows).toHaveText(["Usage main line", "Usage typo line"]);
    await usage.typeIdToConfirm(ID);
    await expect(usage.confirmDelete).toBeDisabled();
    await usage.acknowledge.check();
    await usage.confirmDelete.click();
    await expect(config.flash(`Deleted ${ID}`)).toBeVisible();
  });
});
