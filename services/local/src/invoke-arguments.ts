import type { ContactChannel, ContactFlowEventInput } from "@flow-configs/local-aws";

export interface InvokeRequest {
  functionName: string;
  event: ContactFlowEventInput;
}

const CHANNELS: readonly ContactChannel[] = ["VOICE", "CHAT", "TASK", "EMAIL"];

export const INVOKE_USAGE = `Usage: npm run invoke -- <function> [name=value ...]

  <function>   getConfig, isBadActor or checkCallerList
  lang=es-MX   sets ContactData.LanguageCode (as a "Set voice" block would)
  channel=CHAT sets ContactData.Channel (VOICE, CHAT, TASK, EMAIL; default VOICE)
  ani=+1...    sets CustomerEndpoint.Address (the caller)
  dialed=+1... sets SystemEndpoint.Address (the dialed number)
  at=2026-12-25T06:00:00Z  getConfig resolves at that instant, scheduled changes included (local only)
  any other name=value becomes a block parameter (Details.Parameters), e.g. id=BasicQueue

Examples:
  npm run invoke -- getConfig id=BasicQueue lang=es-MX channel=CHAT
  npm run invoke -- getConfig dialed=+15125550100
  npm run invoke -- isBadActor ani=+15555550101
  npm run invoke -- checkCallerList listId=vip ani=+15125550100

LAMBDA_URL (default http://localhost:3001) is the Lambda Invoke endpoint.`;

/** Parses `getConfig id=BasicQueue lang=es-MX channel=CHAT` into a function name and a Connect event. */
export function parseInvokeArguments(args: readonly string[]): InvokeRequest | string {
  const [functionName, ...pairs] = args;
  if (!functionName || functionName.includes("=")) return "Name the function first: getConfig, isBadActor or checkCallerList";
  const parameters: Record<string, string> = {};
  const event: ContactFlowEventInput = { parameters };
  for (const pair of pairs) {
    const separator = pair.indexOf("=");
    if (separator < 1) return `"${pair}" is not name=value`;
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    if (name === "lang") event.languageCode = value;
    else if (name === "channel") {
      const channel = value.toUpperCase() as ContactChannel;
      if (!CHANNELS.includes(channel)) return `channel must be one of ${CHANNELS.join(", ")}, not "${value}"`;
      event.channel = channel;
    } else if (name === "ani") event.customerNumber = value;
    else if (name === "dialed") event.dialedNumber = value;
    else parameters[name] = value;
  }
  return { functionName, event };
}
