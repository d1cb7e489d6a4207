import { Logger } from "@aws-lambda-powertools/logger";
import { createLocalIdentityProvider, type IdTokenRequest } from "@flow-configs/local-aws";
import { createCognitoTokenVerifier } from "../../src/adapters/cognito-token-verifier";
import { CedarAuthorizer } from "../../src/authz/cedar-authorizer";
import { createApiApp } from "../../src/http/api-app";
import type { ContactFlowDirectory } from "../../src/ports/contact-flow-directory";
import { createTestTable } from "../store/config-table";
import { seedConfigs } from "./seed-configs";

/** The users of the role × action matrix, as the local identity provider mints them. */
export const USERS = {
  admin: { username: "alex", groups: ["FlowConfigsAdmin"] },
  // `*`: what the pre-token Lambda writes for a FlowConfigsScope=* tag (every config).
  business: { username: "morgan", groups: ["FlowConfigsBusiness"], scope: "*" },
  readOnly: { username: "riley", groups: ["FlowConfigsReadOnly"], scope: "*" },
  businessScopedToAustin: { username: "oscar", groups: ["FlowConfigsBusiness"], scope: "id:Office-Austin" },
  businessScopedToFieldOffice: { username: "fiona", groups: ["FlowConfigsBusiness"], scope: "template:FieldOffice" },
  readOnlyScopedToAustin: { username: "rita", groups: ["FlowConfigsReadOnly"], scope: "id:Office-Austin" },
  noGroup: { username: "casey", groups: [] },
} satisfies Record<string, IdTokenRequest>;

export type UserName = keyof typeof USERS;

export interface RequestOptions {
  as?: UserName;
  token?: string;
  body?: unknown;
  /** A raw body, sent as is (malformed JSON, oversized text). */
  rawBody?: string;
  ifMatch?: string | number;
  headers?: Record<string, string>;
}

/**
 * The API app wired to real adapters: DynamoDB Local (a fresh table, seeded), the repo's Cedar policies,
 * and aws-jwt-verify checking tokens minted by the local identity provider.
 */
export async function createApiHarness(options: { seed?: boolean; flows?: ContactFlowDirectory; now?: () => Date } = {}) {
  const table = await createTestTable();
  const identity = await createLocalIdentityProvider();
  const deps = {
    store: table.store,
    authorizer: new CedarAuthorizer(identity.userPoolId),
    now: options.now ?? (() => new Date()),
    ...(options.flows ? { flows: options.flows } : {}),
  };
  const app = createApiApp({
    ...deps,
    verifier: createCognitoTokenVerifier({ userPoolId: identity.userPoolId, clientId: identity.clientId, jwks: identity.jwks }),
    logger: new Logger({ serviceName: "flow-configs-test", logLevel: "SILENT" }),
    corsAllowedOrigins: ["http://localhost:5173"],
  });
  if (options.seed ?? true) await seedConfigs(table.store);

  const tokens = new Map<UserName, string>();
  async function tokenFor(user: UserName): Promise<string> {
    let token = tokens.get(user);
    if (!token) {
      token = await identity.mintIdToken(USERS[user]);
      tokens.set(user, token);
    }
    return token;
  }

  async function request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.ifMatch !== undefined) headers["If-Match"] = typeof options.ifMatch === "number" ? `"${options.ifMatch}"` : options.ifMatch;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers["Content-Type"] ??= "application/json";
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  }

  /** The current version of a config, read around the API. */
  async function versionOf(id: string): Promise<number> {
    const stored = await table.store.get(id);
    if (!stored) throw new Error(`test setup: ${id} does not exist`);
    return stored.version;
  }

  return { app, deps, table, store: table.store, identity, request, tokenFor, versionOf, close: table.close };
}

export type ApiHarness = Awaited<ReturnType<typeof createApiHarness>>;
