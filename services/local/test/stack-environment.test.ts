import { describe, expect, it } from "vitest";
import { stackOptionsFromEnvironment } from "../src/stack-environment";

const log = () => undefined;

describe("npm start settings", () => {
  it("uses the product's ports and <repo>/.data by default", () => {
    expect(stackOptionsFromEnvironment({}, "/repo", log)).toMatchObject({
      apiPort: 3000,
      lambdaPort: 3001,
      dynamoDbPort: 8000,
      shellPort: 5173,
      remotePort: 5174,
      callerListsRemotePort: 5176,
      dataDir: "/repo/.data",
      inMemory: false,
      skipWeb: false,
      cacheTtlSeconds: 5,
    });
  });

  it("moves every port and the data directory by environment variable", () => {
    const env = {
      API_PORT: "4000",
      LAMBDA_PORT: "4001",
      DYNAMODB_PORT: "9000",
      SHELL_PORT: "6173",
      REMOTE_PORT: "6174",
      REMOTE_CALLER_LISTS_PORT: "6176",
      DATA_DIR: "tmp/data",
      INIT_CWD: "/home/dev/flow-configs",
      DYNAMODB_IN_MEMORY: "1",
      SKIP_WEB: "1",
    };
    expect(stackOptionsFromEnvironment(env, "/repo", log)).toMatchObject({
      apiPort: 4000,
      lambdaPort: 4001,
      dynamoDbPort: 9000,
      shellPort: 6173,
      remotePort: 6174,
      callerListsRemotePort: 6176,
      dataDir: "/home/dev/flow-configs/tmp/data",
      inMemory: true,
      skipWeb: true,
    });
  });

  it("names the variable holding a bad port", () => {
    expect(() => stackOptionsFromEnvironment({ LAMBDA_PORT: "30o1" }, "/repo", log)).toThrow(/LAMBDA_PORT/);
  });
});
