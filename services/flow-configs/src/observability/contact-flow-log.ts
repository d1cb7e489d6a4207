/**
 * What a contact-flow Lambda may log about its event: which config, lookup, language, list and channel it was
 * asked for — never the caller's number (`ani`, `CustomerEndpoint`), which is personal data.
 */
export function contactFlowLogContext(event: unknown): Record<string, string> {
  const details = (event as { Details?: { Parameters?: Record<string, unknown>; ContactData?: { Channel?: unknown } } } | null)?.Details;
  const context: Record<string, string> = {};
  for (const name of ["id", "lookup", "lang", "listId"]) {
    const value = details?.Parameters?.[name];
    if (typeof value === "string") context[name] = value;
  }
  if (typeof details?.ContactData?.Channel === "string") context.channel = details.ContactData.Channel;
  return context;
}
