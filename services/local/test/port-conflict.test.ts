import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startTestStack, testStackOptions } from "./support/test-stack";

let blocker: Server | undefined;

afterEach(() => {
  blocker?.close();
});

function occupyPort(): Promise<number> {
  blocker = createServer();
  return new Promise((resolve) => {
    blocker?.listen(0, "127.0.0.1", () => {
      const address = blocker?.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
}

describe("a port that is already taken", () => {
  it("stops the start with a message naming API_PORT", async () => {
    const options = await testStackOptions({ apiPort: await occupyPort() });
    await expect(startTestStack(options)).rejects.toThrow(`Port ${options.apiPort} is already in use. Stop whatever uses it or set API_PORT`);
  });

  it("stops the start with a message naming LAMBDA_PORT, leaving the API port free again", async () => {
    const options = await testStackOptions({ lambdaPort: await occupyPort() });
    await expect(startTestStack(options)).rejects.toThrow(/LAMBDA_PORT/);
    const api = createServer();
    await new Promise<void>((resolve, reject) => {
      api.once("error", reject);
      api.listen(options.apiPort, "127.0.0.1", () => resolve());
    });
    api.close();
  });
});
