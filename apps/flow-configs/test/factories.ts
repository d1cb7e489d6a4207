import type { Session, SessionState } from "@flow-configs/auth";
import type { FlowConfigBody, Variable } from "@flow-configs/model";
import { GROUPS } from "@flow-configs/model/runtime";

export const basicQueue = (overrides: Partial<FlowConfigBody> = {}): FlowConfigBody => ({
  id: "BasicQueue",
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
export function aSession(groups: readonly string[]): Session & { expire(): void; signIns: number } {
  let expired = false;
  const state: SessionState = { status: "signedIn", user: { username: "morgan", name: "Morgan", email: "morgan@example.com" }, groups };
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
