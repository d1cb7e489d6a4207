import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { LocalContactFlowDirectory } from "#adapters/local-contact-flow-directory";
import { createFlowsDataDir, flowContent } from "../support/flow-files";

describe("LocalContactFlowDirectory", () => {
  let dataDir: Awaited<ReturnType<typeof createFlowsDataDir>>;
  beforeEach(async () => {
    dataDir = await createFlowsDataDir();
  });
  afterEach(() => dataDir.close());

  it("reads every *.json of its folders on each request, so a dropped flow counts at once", async () => {
    const directory = new LocalContactFlowDirectory([dataDir.flowsDir, join(dataDir.dataDir, "not-created-yet")]);
    expect((await directory.list()).flows).toEqual([]);
    await dataDir.write("main-menu.json", flowContent("Main menu", { id: "BasicQueue" }, ["Welcome"]));
    await dataDir.write("notes.txt", "not a flow");
    expect((await directory.list()).flows.map(({ id, name, type }) => ({ id, name, type }))).toEqual([{ id: "main-menu.json", name: "Main menu", type: "CONTACT_FLOW" }]);
  });

  it("reads a file again once it changed, and keeps an unchanged one as it was", async () => {
    const directory = new LocalContactFlowDirectory([dataDir.flowsDir]);
    await dataDir.write("main-menu.json", flowContent("Main menu", { id: "BasicQueue" }, ["Welcome"]));
    const [first] = (await directory.list()).flows;
    expect((await directory.list()).flows[0]).toBe(first);
    await dataDir.write("main-menu.json", flowContent("Main menu, edited", { id: "BasicQueue" }, ["Welcome", "Closure"]));
    expect((await directory.list()).flows.map((flow) => flow.name)).toEqual(["Main menu, edited"]);
  });

  it("reports a malformed file by name next to the flows it could read", async () => {
    await dataDir.write("broken.json", '{ "Version": ');
    await dataDir.write("main-menu.json", flowContent("Main menu", { id: "BasicQueue" }, ["Welcome"]));
    const listing = await new LocalContactFlowDirectory([dataDir.flowsDir], { now: () => new Date("2026-12-01T10:00:00Z") }).list();
    expect(listing.flows.map((flow) => flow.name)).toEqual(["Main menu"]);
    expect(listing.errors).toEqual([{ id: "broken.json", name: "broken", message: expect.stringMatching(/^is not valid JSON/) }]);
    expect(listing.scannedAt).toBe("2026-12-01T10:00:00.000Z");
  });

  it("reads the repo's sample flows, their placeholders filled as synth fills them", async () => {
    const infraFlows = new URL("../../../../infra/contact-flows/", import.meta.url).pathname;
    const directory = new LocalContactFlowDirectory([infraFlows], { placeholders: { GET_CONFIG_FUNCTION_ARN: "getConfig" } });
    const basicQueue = (await directory.list()).flows.find((flow) => flow.name === "BasicQueue");
    expect(JSON.stringify(basicQueue?.content)).toContain('"LambdaFunctionARN":"getConfig"');
  });
});
