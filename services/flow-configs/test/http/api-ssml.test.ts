import type { ErrorBody } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aConfigReader } from "../support/config-reader";
import { createApiHarness, type ApiHarness } from "../support/api-harness";
import { getConfig } from "../../src/domain/get-config";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const patchVoiceText = async (prompt: string, language: string, voice: string) =>
  api.request("PATCH", "/flow-configs/BasicQueue/values", {
    as: "business",
    ifMatch: await api.versionOf("BasicQueue"),
    body: { prompts: [{ name: prompt, values: { [language]: { voice } } }] },
  });

describe("SSML on save", () => {
  it("refuses a character reference that names no character, naming the prompt, language and channel", async () => {
    const response = await patchVoiceText("Welcome", "es-US", "<speak>Hola &#99999999;</speak>");
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.message).toContain('Welcome (es-US, voice): SSML has "&#99999999;"');
    // The person reads the prompt's name; tools read the path in `issues`
    expect(body.message).not.toContain("prompts[0]");
    expect(body.issues).toEqual([{ path: "prompts[0].values.es-US.voice", message: expect.stringMatching(/^Welcome \(es-US, voice\): /) }]);
  });

  it("serves chat the text of a tag whose attribute holds >, without the rest of the tag", async () => {
    expect((await patchVoiceText("ClosureMessage", "en-US", '<speak><prosody rate="x>y">We are closed</prosody> today.</speak>')).status).toBe(200);
    const values = await getConfig(aConfigReader(api.table.tableName), aContactFlowEvent({ channel: "CHAT", parameters: { id: "BasicQueue" } }));
    expect(values.ClosureMessage).toBe("We are closed today.");
  });
});
