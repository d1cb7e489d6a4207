import type { Session, SessionState } from "@flow-configs/auth";
import type { FlowConfigBody, InstanceBody, Variable } from "@flow-configs/model";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";

export const basicQueue = (overrides: Partial<FlowConfigBody> = {}): FlowConfigBody => ({
  id: "BasicQueue",
  kind: "standard",
  description: "Main inbound queue",
  languages: ["en-US", "es-US"],
  defaultLanguage: "en-US",
  variables: [
    { name: "Closure", type: "boolean", value: "false", description: "Close the queue" },
    { name: "ClosureOfferCallback", type: "boolean", value: "false" },
    { name: "MaxWaitMinutes", type: "number", value: "10" },
    { name: "Tier", type: "enum", value: "gold", options: ["gold", "silver"] },
    { name: "Greeting", type: "string", value: "Hello" },
  ],
  prompts: [
    {
      name: "Welcome",
      values: { "en-US": { voice: "Thank you for calling", chat: "Thanks for chatting" }, "es-US": { voice: "Gracias por llamar" } },
    },
  ],
  lookupKeys: ["+18005550100"],
  templateId: null,
  ...overrides,
});

export const aVariable = (overrides: Partial<Variable> = {}): Variable => ({ name: "Flag", type: "boolean", value: "false", ...overrides });

export const ROLE_GROUPS = { admin: [GROUPS.admin], business: [GROUPS.business], readOnly: [GROUPS.readOnly] } as const;

/** A signed-in session with fixed groups; `expire()` makes the next token request fail the way the real adapters do. */
export function aSession(groups: readonly string[], username = "morgan"): Session & { expire(): void; signIns: number } {
  let expired = false;
  const state: SessionState = { status: "signedIn", user: { username, name: username.charAt(0).toUpperCase() + username.slice(1), email: `${username}@example.com` }, groups };
  const session = {
    signIns: 0,
    state,
    user: state.user,
    groups,
    expire() {
      expired = true;
    },
    async getIdToken() {
      if (expired) {
        const { SignInRequiredError } = await import("@flow-configs/auth");
        throw new SignInRequiredError();
      }
      return "token";
    },
    async signIn() {
      session.signIns += 1;
      expired = false;
    },
    async signOut() {},
    onChange: () => () => undefined,
  };
  return session;
}

export const fieldOffice = (overrides: Partial<FlowConfigBody> = {}): FlowConfigBody => ({
  id: "FieldOffice",
  kind: "standard",
  description: "Template of every field office",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: [
    { name: "OfficeName", type: "string", value: "Field office" },
    { name: "Open", type: "boolean", value: "true" },
  ],
  prompts: [{ name: "Greeting", values: { "en-US": { voice: "Welcome to our field office" } } }],
  lookupKeys: [],
  templateId: null,
  ...overrides,
});

export const anOffice = (overrides: Partial<InstanceBody> = {}): InstanceBody => ({
  id: "Office-Austin",
  description: "Austin",
  templateId: "FieldOffice",
  variables: [{ name: "OfficeName", value: "Austin" }],
  prompts: [],
  lookupKeys: ["+15125550100", "AUS"],
  ...overrides,
});

export const badActors = (numbers: string[] = ["+15555550101", "+15555550199"]): FlowConfigBody => ({
  id: "bad-actors",
  kind: "list",
  description: "Callers routed to the fraud queue",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: numbers.map((name) => ({ name, type: "list-entry", value: "" })),
  prompts: [],
  lookupKeys: [],
  templateId: null,
});
