import { randomUUID } from "node:crypto";

export type ContactChannel = "VOICE" | "CHAT" | "TASK" | "EMAIL";

export interface ContactFlowEventInput {
  /** The block's parameters (all strings), e.g. `{ id: "BasicQueue" }`. */
  parameters: Record<string, string>;
  /** `ContactData.LanguageCode`, as set by a "Set voice" block. */
  languageCode?: string;
  channel?: ContactChannel;
  /** The caller's number (`CustomerEndpoint.Address`). */
  customerNumber?: string;
  /** The dialed number (`SystemEndpoint.Address`). */
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
      InitialContactId: string;
      InitiationMethod: "INBOUND" | "API";
      InstanceARN: string;
      LanguageCode?: string;
      MediaStreams: { Customer: { Audio: null } };
      PreviousContactId: string;
      Queue: null;
      SystemEndpoint: Endpoint | null;
    };
    Parameters: Record<string, string>;
  };
}

const INSTANCE_ARN = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000";

/** The event an "Invoke AWS Lambda function" block sends, as Amazon Connect shapes it. */
export function contactFlowEvent(input: ContactFlowEventInput): ContactFlowEvent {
  const contactId = randomUUID();
  const channel = input.channel ?? "VOICE";
  const endpoint = (address: string | undefined): Endpoint | null =>
    address ? { Address: address, Type: "TELEPHONE_NUMBER" } : null;
  return {
    Name: "ContactFlowEvent",
    Details: {
      ContactData: {
        Attributes: {},
        AwsRegion: "us-east-1",
        Channel: channel,
        ContactId: contactId,
        CustomerEndpoint: endpoint(input.customerNumber),
        InitialContactId: contactId,
        InitiationMethod: channel === "VOICE" ? "INBOUND" : "API",
        InstanceARN: INSTANCE_ARN,
        ...(input.languageCode ? { LanguageCode: input.languageCode } : {}),
        MediaStreams: { Customer: { Audio: null } },
        PreviousContactId: contactId,
        Queue: null,
        SystemEndpoint: endpoint(input.dialedNumber),
      },
      Parameters: input.parameters,
    },
  };
}
