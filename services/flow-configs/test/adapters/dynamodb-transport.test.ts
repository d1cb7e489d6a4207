import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DYNAMODB_CALL_POLICY } from "../../src/adapters/dynamodb-transport";
import { getConfig } from "../../src/domain/get-config";
import { aConfigReader } from "../support/config-reader";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { startFaultyEndpoint, type Fault } from "../support/faulty-endpoint";
import { seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
  await seedConfigs(table.store);
});
afterAll(() => table.close());

/** getConfig of BasicQueue through an endpoint that answers its first requests with `faults`. */
async function getConfigThrough(faults: readonly Fault[], tableName = table.tableName) {
  const endpoint = await startFaultyEndpoint(inject("dynamoDbEndpoint"), faults);
  try {
    const started = performance.now();
    const outcome = await getConfig(aConfigReader(tableName, endpoint.endpoint), aContactFlowEvent({ parameters: { id: "BasicQueue" } })).then(
      (values) => ({ values, error: undefined }),
      (error: unknown) => ({ values: undefined, error }),
    );
    return { ...outcome, requests: endpoint.requests(), elapsedMs: performance.now() - started };
  } finally {
    await endpoint.close();
  }
}

describe("the contact-flow Lambdas' DynamoDB calls ride out a fault", () => {
  it.each<Fault>(["reset", "internal-error", "throttling", "slow"])("answers getConfig when the first request meets %s", async (fault) => {
    const { values, requests } = await getConfigThrough([fault]);
    expect(values).toMatchObject({ Welcome: "Thank you for calling." });
    expect(requests).toBe(2);
  });

  it("gives up after 3 attempts, and the error names DynamoDB's error type and request id", async () => {
    const { error, requests } = await getConfigThrough(["throttling", "internal-error", "throttling", "reset"]);
    expect(requests).toBe(DYNAMODB_CALL_POLICY.maxAttempts);
    expect(error).toMatchObject({ name: "ThrottlingException", message: expect.stringContaining("(request fault-throttling)") });
  });

  it("gives up inside its 2 s budget when DynamoDB does not answer at all", async () => {
    const { error, elapsedMs } = await getConfigThrough(["slow", "slow", "slow"]);
    expect(error).toBeInstanceOf(Error);
    expect(elapsedMs).toBeLessThan(2000);
  });

  it("does not retry what retrying cannot fix (a client error)", async () => {
    const { error, requests } = await getConfigThrough([], "no-such-table");
    expect(error).toMatchObject({ name: "ResourceNotFoundException" });
    expect(requests).toBe(1);
  });
});
