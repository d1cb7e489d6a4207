import * as z from "zod/mini";
import type { Channel } from "@flow-configs/model/contact-flow";
import { ContactFlowError } from "./contact-flow-error";

// zod/mini, not zod: this module is bundled into the contact-flow Lambdas, where every kilobyte is cold start.
const EndpointSchema = z.nullish(z.object({ Address: z.nullish(z.string()) }));

const ContactFlowEventSchema = z.object({
  Details: z.object({
    ContactData: z.object({
      Channel: z.nullish(z.string()),
      LanguageCode: z.nullish(z.string()),
      SystemEndpoint: EndpointSchema,
      CustomerEndpoint: EndpointSchema,
    }),
    Parameters: z.nullish(z.record(z.string(), z.string())),
  }),
});

/** What the Lambdas read from Amazon Connect's `ContactFlowEvent`. */
export interface ContactFlowInput {
  parameters: Record<string, string>;
  channel: Channel | undefined;
  languageCode: string | undefined;
  /** The number the customer dialed (`SystemEndpoint.Address`). */
  dialedNumber: string | undefined;
  /** The customer's number (`CustomerEndpoint.Address`). */
  customerNumber: string | undefined;
}

const CHANNELS: readonly Channel[] = ["VOICE", "CHAT", "TASK", "EMAIL"];

const present = (value: string | null | undefined): string | undefined => (value ? value : undefined);

/** Reads a ContactFlowEvent, or fails with a named error listing every field that is wrong. */
export function parseContactFlowEvent(event: unknown): ContactFlowInput {
  const parsed = ContactFlowEventSchema.safeParse(event);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(event)"}: ${issue.message}`);
    throw new ContactFlowError("MalformedContactFlowEvent", `not an Amazon Connect ContactFlowEvent: ${problems.join("; ")}`);
  }
  const { ContactData, Parameters } = parsed.data.Details;
  const channel = CHANNELS.find((known) => known === ContactData.Channel);
  return {
    parameters: Parameters ?? {},
    channel,
    languageCode: present(ContactData.LanguageCode),
    dialedNumber: present(ContactData.SystemEndpoint?.Address),
    customerNumber: present(ContactData.CustomerEndpoint?.Address),
  };
}
