import { randomUUID } from "node:crypto";

export type ContactChannel = "VOICE" | "CHAT" | "TASK" | "EMAIL";

export interface ContactFlowEventInput {
  /** The block's parameters (all strings), e.g. `{ id: "BasicQueue" }`. */
  parameters?: Record<string, string>;
  /** `ContactData.LanguageCode`, as set by a "Set voice" block; absent on a contact that never passed one. */
  languageCode?: string;
  channel?: ContactChannel;
  /** The caller's number (`CustomerEndpoint.Address`); none when absent, as on a chat. */
  customerNumber?: string;
  /** The dialed number (`SystemEndpoint.Address`); none when absent, as on a chat. */
  dialedNumber?: string;
}

interface Endpoint {
  Address: string;
  Type: "TELEPHONE_NUMBER";
}

/** What an "Invoke AWS Lambda function" block sends (the fields this product and Connect's docs name). */
export interface ContactFlowEvent {
  Name: "ContactFlowEvent";
  Details: {
    ContactData: {
      Attributes: Record<string, string>;
      AwsRegion: string;
      Channel: ContactChannel;
      ContactId: string;
      CustomerEndpoint: Endpoint | null;
      Description: null;
      InitialContactId: string;
      InitiationMethod: "INBOUND" | "API";
      InstanceARN: string;
      LanguageCode?: string;
      MediaStreams: { Customer: { Audio: null } };
      Name: null;
      PreviousContactId: string;
      Queue: null;
      References: Record<string, never>;
      SegmentAttributes: { "connect:Subtype": { ValueString: string } };
      SystemEndpoint: Endpoint | null;
    };
    Parameters: Record<string, string>;
  };
}

const INSTANCE_ARN = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000";

/**
 * The event an "Invoke AWS Lambda function" block sends, as Amazon Connect shapes it: the local stack's
 * `npm run invoke`, the service's handler tests and the e2e tests all build it here.
 */
export function contactFlowEvent(input: ContactFlowEventInput = {}): ContactFlowEvent {
  const contactId = randomUUID();
  const channel = input.channel ?? "VOICE";
  const endpoint = (address: string | undefined): Endpoint | null => (address ? { Address: address, Type: "TELEPHONE_NUMBER" } : null);
  return {
    Name: "ContactFlowEvent",
    Details: {
      ContactData: {
        Attributes: {},
        AwsRegion: "us-east-1",
        Channel: channel,
        ContactId: contactId,
        CustomerEndpoint: endpoint(input.customerNumber),
        Description: null,
        InitialContactId: contactId,
        InitiationMethod: channel === "VOICE" ? "INBOUND" : "API",
        InstanceARN: INSTANCE_ARN,
        ...(input.languageCode ? { LanguageCode: input.languageCode } : {}),
        MediaStreams: { Customer: { Audio: null } },
        Name: null,
        PreviousContactId: contactId,
        Queue: null,
        References: {},
        SegmentAttributes: { "connect:Subtype": { ValueString: channel === "VOICE" ? "connect:Telephony" : `connect:${channel === "CHAT" ? "Chat" : channel === "TASK" ? "Task" : "Email"}` } },
        SystemEndpoint: endpoint(input.dialedNumber),
      },
      Parameters: input.parameters ?? {},
    },
  };
}
