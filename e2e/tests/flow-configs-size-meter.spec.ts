import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";

test("the response meter warns once a prompt grows past 75 % of 32 KB", async ({ page, signInAs }) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await expect(config.promptText("Welcome", "voice")).toBeVisible();
  await expect(config.responseMeterWarning).toHaveCount(0);

  // 25,000 characters of one prompt: about 76 % of the 32 KB response with everything else.
  await config.promptText("Welcome", "voice").fill("a".repeat(25_000));

  await expect(config.responseMeterWarning).toBeVisible();
});
