import { bilingualConfig } from "./bilingual-config";

/** The main inbound queue of the seed story: a closure switch and the prompts the flow plays. */
export const basicQueue = bilingualConfig({
  id: "BasicQueue",
  description: "Main inbound queue",
  timeZone: "America/Chicago",
  // Pre-approved for the fire alarm: one tap on a phone, even where a change would need approval.
  quickActions: [
    {
      name: "Fire closure",
      description: "Close the queue now and offer no callbacks",
      patch: { variables: [{ name: "Closure", value: "true" }, { name: "ClosureOfferCallback", value: "false" }], prompts: [] },
    },
    { name: "Reopen", description: "Open the queue again", patch: { variables: [{ name: "Closure", value: "false" }], prompts: [] } },
  ],
  variables: [
    { name: "Closure", type: "boolean", value: "false", description: "Close the queue" },
    {
      name: "ClosureOfferCallback",
      type: "boolean",
      value: "false",
      description: "While closed, offer callers a callback",
    },
  ],
  prompts: [
    {
      name: "Welcome",
      description: "Played or sent first on every contact",
      values: {
        "en-US": {
          voice: "Thank you for calling. Your call is important to us.",
          chat: "Thank you for chatting with us. An agent will be with you shortly.",
        },
        "es-US": { voice: "Gracias por llamar. Su llamada es importante para nosotros." },
      },
    },
    {
      name: "ClosureMessage",
      description: "Played when Closure is true",
      values: {
        "en-US": {
          voice:
            '<speak>We are currently closed. <break time="300ms"/> Please call again during business hours.</speak>',
        },
        "es-US": { voice: "En este momento estamos cerrados. Llame de nuevo en horario de atención." },
      },
    },
  ],
  lookupKeys: ["+18005550100"],
});
