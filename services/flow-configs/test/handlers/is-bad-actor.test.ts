import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoDbConfigReader } from "../../src/adapters/dynamodb-config-reader";
import { isBadActor } from "../../src/domain/is-bad-actor";
import { aChangeRecord } from "../support/factories";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aConfigReader } from "../support/config-reader";
import { aBadActorsList, seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
let reader: DynamoDbConfigReader;

beforeAll(async () => {
  table = await createTestTable();
  await seedConfigs(table.store);
  await table.store.create({ ...aBadActorsList(["+15555550777"]), id: "vip-callers" }, aChangeRecord());
  reader = aConfigReader(table.tableName);
});
afterAll(() => table.close());

describe("isBadActor", () => {
  it("is true for a caller on the bad-actors list (CustomerEndpoint.Address)", async () => {
    await expect(isBadActor(reader, aContactFlowEvent({ customerNumber: "+15555550101" }))).resolves.toEqual({ isBadActor: "true" });
  });

  it("is false for a caller not on the list", async () => {
    await expect(isBadActor(reader, aContactFlowEvent({ customerNumber: "+15555550102" }))).resolves.toEqual({ isBadActor: "false" });
  });

  it("checks the ani parameter before the caller's number", async () => {
    const event = aContactFlowEvent({ customerNumber: "+15555550102", parameters: { ani: "+15555550199" } });
    await expect(isBadActor(reader, event)).resolves.toEqual({ isBadActor: "true" });
  });

  it("reads an ani as typed by the one phone-number rule: (555) 555 0199 is +15555550199", async () => {
    const event = aContactFlowEvent({ customerNumber: "+15555550102", parameters: { ani: "(555) 555 0199" } });
    await expect(isBadActor(reader, event)).resolves.toEqual({ isBadActor: "true" });
  });

  it("checks another list named by listId", async () => {
    const event = aContactFlowEvent({ customerNumber: "+15555550777", parameters: { listId: "vip-callers" } });
    await expect(isBadActor(reader, event)).resolves.toEqual({ isBadActor: "true" });
    await expect(isBadActor(reader, aContactFlowEvent({ customerNumber: "+15555550777" }))).resolves.toEqual({ isBadActor: "false" });
  });

  it("fails with UnknownFlowConfig for a list that does not exist", async () => {
    const event = aContactFlowEvent({ parameters: { listId: "no-such-list" } });
    await expect(isBadActor(reader, event)).rejects.toMatchObject({ name: "UnknownFlowConfig" });
  });

  it("fails with MalformedContactFlowEvent for a chat with no caller number and no ani", async () => {
    await expect(isBadActor(reader, aContactFlowEvent({ channel: "CHAT" }))).rejects.toMatchObject({ name: "MalformedContactFlowEvent" });
  });
});
