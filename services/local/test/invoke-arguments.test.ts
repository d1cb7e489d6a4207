import { describe, expect, it } from "vitest";
import { contactFlowEvent } from "@flow-configs/local-aws";
import { parseInvokeArguments } from "../src/invoke-arguments";
import { resolveFunctionName } from "../src/lambda-invoke-routes";

describe("npm run invoke arguments", () => {
  it("puts lang and channel into ContactData and the rest into Parameters", () => {
    expect(parseInvokeArguments(["getConfig", "id=BasicQueue", "lang=es-MX", "channel=chat"])).toEqual({
      functionName: "getConfig",
      event: { parameters: { id: "BasicQueue" }, languageCode: "es-MX", channel: "CHAT" },
    });
  });

  it("maps ani and dialed to the caller's and the dialed endpoint", () => {
    const request = parseInvokeArguments(["getConfig", "ani=+15555550101", "dialed=+15125550100"]);
    if (typeof request === "string") throw new Error(request);
    const event = contactFlowEvent(request.event);
    expect(event.Details.ContactData.CustomerEndpoint).toEqual({ Address: "+15555550101", Type: "TELEPHONE_NUMBER" });
    expect(event.Details.ContactData.SystemEndpoint).toEqual({ Address: "+15125550100", Type: "TELEPHONE_NUMBER" });
    expect(event.Details.Parameters).toEqual({});
  });

  it("refuses a missing function name, a bare word and an unknown channel", () => {
    expect(parseInvokeArguments([])).toMatch(/function/);
    expect(parseInvokeArguments(["getConfig", "BasicQueue"])).toMatch(/name=value/);
    expect(parseInvokeArguments(["getConfig", "channel=FAX"])).toMatch(/channel must be one of/);
  });
});

describe("contact flow event", () => {
  it("leaves LanguageCode out when no language is set, as Connect does before a Set voice block", () => {
    const event = contactFlowEvent({ parameters: { id: "BasicQueue" } });
    expect(event.Name).toBe("ContactFlowEvent");
    expect(event.Details.ContactData.Channel).toBe("VOICE");
    expect(event.Details.ContactData).not.toHaveProperty("LanguageCode");
  });
});

describe("Lambda function names", () => {
  const known = ["getConfig", "isBadActor"];

  it.each([
    ["getConfig", "getConfig"],
    ["FlowConfigs-getConfig", "getConfig"],
    ["arn:aws:lambda:us-east-1:000000000000:function:FlowConfigs-isBadActor", "isBadActor"],
    ["arn:aws:lambda:us-east-1:000000000000:function:getConfig:$LATEST", "getConfig"],
    ["000000000000:function:isBadActor", "isBadActor"],
  ])("resolves %s to %s", (requested, expected) => {
    expect(resolveFunctionName(requested, known)).toBe(expected);
  });

  it("resolves an unknown name to nothing", () => {
    expect(resolveFunctionName("api", known)).toBeUndefined();
    expect(resolveFunctionName("Other-getConfig", known)).toBeUndefined();
  });
});
