import { createServer, type Server } from "node:net";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, startDynamoDbLocal } from "../src/dynamodb-local";

function clientFor(endpoint: string) {
  return new DynamoDBClient({ endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
}

describe("startDynamoDbLocal", () => {
  it("starts in memory on a free port, answers ListTables, and stops", async () => {
    const dynamo = await startDynamoDbLocal({ inMemory: true });
    const client = clientFor(dynamo.endpoint);
    try {
      expect(dynamo.port).toBeGreaterThan(0);
      expect(dynamo.endpoint).toBe(`http://127.0.0.1:${dynamo.port}`);
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual([]);
      const preflight = await fetch(dynamo.endpoint, {
        method: "OPTIONS",
        headers: { Origin: "https://attacker.example", "Access-Control-Request-Method": "POST" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await dynamo.stop();
    }
    await expect(clientFor(dynamo.endpoint).send(new ListTablesCommand({}))).rejects.toThrow();
    client.destroy();
  });

  it("keeps tables in dbPath, creating the directory, so a second start sees them", async () => {
    const root = mkdtempSync(join(tmpdir(), "dynamodb-local-"));
    const dbPath = join(root, "nested", "dynamodb");
    try {
      const first = await startDynamoDbLocal({ dbPath });
      const firstClient = clientFor(first.endpoint);
      await firstClient.send(
        new CreateTableCommand({
          TableName: "kept-table",
          KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }],
          AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "S" }],
          BillingMode: "PAY_PER_REQUEST",
        }),
      );
      firstClient.destroy();
      await first.stop();
      expect(readdirSync(dbPath)).toContain("shared-local-instance.db");

      const second = await startDynamoDbLocal({ dbPath });
      const secondClient = clientFor(second.endpoint);
      try {
        const tables = await secondClient.send(new ListTablesCommand({}));
        expect(tables.TableNames).toEqual(["kept-table"]);
      } finally {
        secondClient.destroy();
        await second.stop();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a port that is already taken, naming it", async () => {
    const blocker = createServer();
    const port = await listen(blocker);
    try {
      await expect(startDynamoDbLocal({ port, inMemory: true })).rejects.toThrow(
        `port ${port} is already in use`,
      );
    } finally {
      blocker.close();
    }
  });

  it("says how to install Java when java is not on PATH", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(startDynamoDbLocal({ inMemory: true })).rejects.toThrow(
        "apt-get install -y openjdk-17-jre-headless",
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
