import { randomUUID } from "node:crypto";

export interface ContactEventOptions {
  channel?: "VOICE" | "CHAT" | "TASK" | "EMAIL";
  parameters?: Record<string, string>;
  /** Set by the flow's "Set voice" block; absent on a contact that never passed one. */
  languageCode?: string;
  dialedNumber?: string;
  customerNumber?: string;
}

/**
 * A ContactFlowEvent as Amazon Connect's "Invoke AWS Lambda function" block sends it: a voice call has
 * phone-number endpoints; a chat has no system endpoint and a customer endpoint without an address.
 */
export function aContactFlowEvent(options: ContactEventOptions = {}) {
  const channel = options.channel ?? "VOICE";
  const contactId = randomUUID();
  const voice = channel === "VOICE";
  return {
    Name: "ContactFlowEvent",
    Details: {
      ContactData: {
        Attributes: {},
        AwsRegion: "us-east-1",
        Channel: channel,
        ContactId: contactId,
        CustomerEndpoint: voice
          ? { Address: options.customerNumber ?? "+15555550123", Type: "TELEPHONE_NUMBER" }
          : options.customerNumber
            ? { Address: options.customerNumber, Type: "TELEPHONE_NUMBER" }
            : null,
        Description: null,
        InitialContactId: contactId,
        InitiationMethod: voice ? "INBOUND" : "API",
        InstanceARN: "arn:aws:connect:us-east-1:111122223333:instance/00000000-0000-4000-8000-000000000000",
        ...(options.languageCode ? { LanguageCode: options.languageCode } : {}),
        MediaStreams: { Customer: { Audio: null } },
        Name: null,
        PreviousContactId: contactId,
        Queue: null,
        References: {},
        SegmentAttributes: { "connect:Subtype": { ValueString: voice ? "connect:Telephony" : "connect:Chat" } },
        SystemEndpoint: voice ? { Address: options.dialedNumber ?? "+18005550100", Type: "TELEPHONE_NUMBER" } : null,
      },
      Parameters: options.parameters ?? {},
    },
  };
}
