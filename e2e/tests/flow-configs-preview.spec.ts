import type { ConfigInput } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";

/** Welcome has a Spanish text, Goodbye only an English one: Spanish callers get Goodbye in English. */
const bilingualQueue = (id: string): ConfigInput => ({
  id,
  kind: "standard",
  description: "A queue with one prompt not yet translated",
  languages: ["en-US", "es-US"],
  defaultLanguage: "en-US",
  variables: [{ name: "Closure", type: "boolean", value: "false" }],
  prompts: [
    { name: "Welcome", values: { "en-US": { voice: "Thank you for calling.", chat: "Thanks for chatting." }, "es-US": { voice: "Gracias por llamar." } } },
    { name: "Goodbye", values: { "en-US": { voice: "Goodbye." } } },
  ],
  lookupKeys: [],
  templateId: null,
});

test.describe("preview", () => {
  test("shows what getConfig returns for a language and channel, marks the fallback, and offers $.External references", async ({
    page,
    signInAs,
    apiAs,
    lambda,
  }, testInfo) => {
    const id = `E2E-Preview-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    expect((await alex.request("POST", "/flow-configs", { body: bilingualQueue(id) })).status).toBe(201);
    await signInAs("riley");
    const config = new FlowConfigsConfigPage(page);
    await config.goto(id);

    const voice = page.getByRole("table", { name: "getConfig for en-US, VOICE" });
    await expect(voice.getByText("Thank you for calling.", { exact: true })).toBeVisible();
    await expect(voice.getByRole("button", { name: "Copy $.External.Closure", exact: true })).toBeVisible();

    await config.previewChoose("Preview channel", "Chat");
    const chat = page.getByRole("table", { name: "getConfig for en-US, CHAT" });
    const served = await lambda.getConfig({ parameters: { id, lang: "en-US" }, channel: "CHAT" });
    await expect(chat.getByText(served.Welcome ?? "", { exact: true })).toBeVisible();

    await config.previewChoose("Preview language", "es-US");
    const spanish = page.getByRole("table", { name: "getConfig for es-US, CHAT" });
    await expect(spanish.getByText("Gracias por llamar.", { exact: true })).toBeVisible();
    await expect(spanish.getByRole("row").filter({ hasText: "Goodbye" })).toContainText("fell back to en-US");
    await deleteConfigIfPresent(alex, id);
  });
});
