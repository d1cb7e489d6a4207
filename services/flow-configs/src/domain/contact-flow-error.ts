/**
 * A failure the contact flow must see (it takes the Error branch) and an operator must find in the logs:
 * the error's name says what went wrong, its message which config, key or field.
 */
export class ContactFlowError extends Error {
  constructor(
    name: "MalformedContactFlowEvent" | "UnknownFlowConfig" | "UnknownLookupKey" | "TemplateMissing" | "ResponseTooLarge",
    message: string,
  ) {
    super(message);
    this.name = name;
  }
}
