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

test("a save that would take getConfig over 32 KB is not sent: Save is off and says why, and calls keep the old text", async ({ page, signInAs, lambda }) => {
  const served = (await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Welcome;
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await config.promptText("Welcome", "voice").fill("a".repeat(33_000));

  // The API refuses such a save too (413 naming language and channel: services/flow-configs api-size-limit tests)
  await expect(config.saveButton).toBeDisabled();
  await expect(page.getByText(/Save is off: .*Shorten texts first\./)).toBeVisible();
  expect((await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Welcome).toBe(served);
});
