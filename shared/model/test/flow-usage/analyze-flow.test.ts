import { describe, expect, it } from "vitest";
import { analyzeFlow, analyzeFlows, flowFileSource, type FlowAnalysis, type FlowReadError, type FlowSource } from "../../src";
import {
  basicQueueFlow,
  compare,
  disconnect,
  flow,
  getConfig,
  invokeLambda,
  message,
  OTHER_LAMBDA_ARN,
  setAttributes,
} from "./flow-factories";

function analyzed(source: FlowSource): FlowAnalysis {
  const result = analyzeFlow(source);
  if ("message" in result) throw new Error(`expected ${source.name} to parse: ${result.message}`);
  return result;
}

describe("analyzeFlow", () => {
  it("finds the BasicQueue flow's getConfig call, its config and every name it reads", () => {
    expect(analyzed(basicQueueFlow()).invocations).toEqual([
      { actionId: "get-config", target: { kind: "id", id: "BasicQueue" }, reads: ["Closure", "ClosureMessage", "ClosureOfferCallback", "Welcome"] },
    ]);
  });

  it("reads names in SSML, attributes, compare values and condition operands", () => {
    const source = flow("Reads", [
      getConfig("config", { id: "BasicQueue" }, { next: "greet" }),
      message("greet", "<speak>Hello. $.External.Welcome.</speak>", { next: "remember" }),
      setAttributes("remember", { holiday: "$.External.HolidayName", fixed: "x" }, { next: "check" }),
      compare("check", "$.External.Closure", { next: "end", conditions: [{ next: "end", operands: ["$.External.OpenFlag"] }] }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations[0]?.reads).toEqual(["Closure", "HolidayName", "OpenFlag", "Welcome"]);
  });

  it("follows error branches of later blocks, not getConfig's own (nothing came back there)", () => {
    const source = flow("Errors", [
      getConfig("config", { id: "BasicQueue" }, { next: "greet", errors: ["sorry"] }),
      message("greet", "$.External.Welcome", { next: "end", errors: ["fallback"] }),
      message("fallback", "$.External.FallbackMessage", { next: "end" }),
      message("sorry", "$.External.Stale", { next: "end" }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations[0]?.reads).toEqual(["FallbackMessage", "Welcome"]);
  });

  it("ends on a loop in the transitions, reading each block once", () => {
    const source = flow("Loop", [
      getConfig("config", { id: "BasicQueue" }, { next: "hold" }),
      message("hold", "$.External.HoldMessage", { next: "check" }),
      compare("check", "$.External.Closure", { next: "hold", conditions: [{ next: "end", operands: ["true"] }] }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations[0]?.reads).toEqual(["Closure", "HoldMessage"]);
  });

  it("stops at the next Lambda call: its parameters still read the old response, the blocks after it do not", () => {
    const source = flow("TwoCalls", [
      getConfig("config", { id: "BasicQueue" }, { next: "bad-actor" }),
      invokeLambda("bad-actor", OTHER_LAMBDA_ARN, { listId: "$.External.BadActorList" }, { next: "verdict" }),
      compare("verdict", "$.External.isBadActor", { next: "end", conditions: [{ next: "end", operands: ["true"] }] }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations).toEqual([{ actionId: "config", target: { kind: "id", id: "BasicQueue" }, reads: ["BadActorList"] }]);
  });

  it("tells each of two getConfig calls in a row what it reads", () => {
    const source = flow("TwoConfigs", [
      getConfig("queue", { id: "BasicQueue" }, { next: "greet" }),
      message("greet", "$.External.Welcome", { next: "office" }),
      getConfig("office", { lookup: "$.Attributes.officeId" }, { next: "office-hours" }),
      message("office-hours", "$.External.OfficeHours", { next: "end" }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations).toEqual([
      { actionId: "queue", target: { kind: "id", id: "BasicQueue" }, reads: ["Welcome"] },
      { actionId: "office", target: { kind: "dynamic", source: "lookup $.Attributes.officeId" }, reads: ["OfficeHours"] },
    ]);
  });

  it("names the config of each kind of call: literal id, $. id, literal lookup, no id (the dialed number)", () => {
    const targets = ["a", "b", "c", "d"].map((id, index) => {
      const attributes = [{ id: "BasicQueue" }, { id: "$.Attributes.configId" }, { lookup: "office-042" }, {}][index] as Record<string, string>;
      return analyzed(flow(id, [getConfig(id, attributes)])).invocations[0]?.target;
    });
    expect(targets).toEqual([
      { kind: "id", id: "BasicQueue" },
      { kind: "dynamic", source: "$.Attributes.configId" },
      { kind: "lookup", key: "office-042" },
      { kind: "dynamic", source: "dialed number" },
    ]);
  });

  it("recognises getConfig by its deployed name, a prefixed name, a qualified ARN or the local name", () => {
    const arns = [
      "flow-configs-get-config",
      "arn:aws:lambda:eu-west-2:123456789012:function:prod-flow-configs-get-config",
      "arn:aws:lambda:us-east-1:123456789012:function:flow-configs-get-config:live",
      "getConfig",
    ];
    for (const arn of arns) {
      expect(analyzed(flow("ByName", [invokeLambda("config", arn, { id: "BasicQueue" })])).invocations, arn).toHaveLength(1);
    }
  });

  it("does not count a Lambda whose ARN is a contact attribute as getConfig, and stops the reads there", () => {
    const source = flow("DynamicArn", [
      getConfig("config", { id: "BasicQueue" }, { next: "dynamic-lambda" }),
      invokeLambda("dynamic-lambda", "$.Attributes.lambdaArn", { id: "BasicQueue" }, { next: "greet" }),
      message("greet", "$.External.Welcome", { next: "end" }),
      disconnect("end"),
    ]);
    expect(analyzed(source).invocations).toEqual([{ actionId: "config", target: { kind: "id", id: "BasicQueue" }, reads: [] }]);
  });

  it("analyses a flow module like a flow", () => {
    const module = flow("Office greeting", [getConfig("config", {}, { next: "greet" }), message("greet", "$.External.OfficeName", { next: "end" }), disconnect("end")], { type: "MODULE" });
    expect(analyzed(module)).toMatchObject({ type: "MODULE", invocations: [{ target: { kind: "dynamic", source: "dialed number" }, reads: ["OfficeName"] }] });
  });

  it("keeps fields it does not know, and a flow without getConfig has no invocations", () => {
    const source = flow("Plain", [{ ...message("hi", "Hello", { next: "end" }), Future: { anything: true } } as never, disconnect("end")]);
    expect(analyzed(source).invocations).toEqual([]);
  });

  it("reports a malformed flow by name instead of failing the scan", () => {
    const scan = analyzeFlows([
      { id: "broken.json", name: "broken", type: "CONTACT_FLOW", content: "{ not json" },
      { id: "no-actions.json", name: "NoActions", type: "CONTACT_FLOW", content: JSON.stringify({ Version: "2019-10-30" }) },
      basicQueueFlow(),
    ]);
    expect(scan.flows.map((one) => one.name)).toEqual(["BasicQueue"]);
    expect(scan.errors.map((error: FlowReadError) => [error.name, error.message.split(" (")[0]])).toEqual([
      ["broken", "is not valid JSON"],
      ["NoActions", expect.stringContaining("is not Amazon Connect flow language: Actions")],
    ]);
  });
});

describe("flowFileSource", () => {
  it("names a local flow by its Metadata.name, its id the file name, its type from Metadata.type", () => {
    const { content } = flow("Main menu", [disconnect()], { type: "MODULE" });
    expect(flowFileSource("main-menu.json", content as string)).toMatchObject({ id: "main-menu.json", name: "Main menu", type: "MODULE" });
    expect(flowFileSource("queue.json", JSON.stringify({ Version: "2019-10-30", Actions: [], Metadata: { type: "customerQueue" } }))).toMatchObject({
      name: "queue",
      type: "CUSTOMER_QUEUE",
    });
  });

  it("reports a file that is not JSON by its file name", () => {
    expect(flowFileSource("half-saved.json", '{"Version": ')).toMatchObject({ id: "half-saved.json", name: "half-saved", message: expect.stringMatching(/^is not valid JSON/) });
  });
});
