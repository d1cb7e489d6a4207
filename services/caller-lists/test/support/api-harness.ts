import { Logger } from "@aws-lambda-powertools/logger";
import { createLocalIdentityProvider, type IdTokenRequest } from "@flow-configs/local-aws";
import { createCognitoTokenVerifier } from "@flow-configs/service/adapters/cognito-token-verifier";
import { CedarAuthorizer } from "../../src/authz/cedar-authorizer";
import { createApiApp } from "../../src/http/api-app";
import { createTestTable } from "./caller-list-table";
import { aList, NOW } from "./factories";

/** The users of the role × action matrix, as the local identity provider mints them. */
export const USERS = {
  admin: { username: "alex", groups: ["CallerListsAdmin"] },
  editor: { username: "morgan", groups: ["CallerListsEditor"] },
  readOnly: { username: "riley", groups: ["CallerListsReadOnly"] },
  flowConfigsAdminOnly: { username: "fran", groups: ["FlowConfigsAdmin"] },
  noGroup: { username: "casey", groups: [] },
} satisfies Record<string, IdTokenRequest>;

export type UserName = keyof typeof USERS;

export interface RequestOptions {
  as?: UserName;
  body?: unknown;
  /** Sent as is, e.g. CSV. */
  rawBody?: string;
  contentType?: string;
}

/**
 * The API app wired to real adapters: DynamoDB Local (a fresh table holding a `vip` and a `bad-callers`
 * list), the module's Cedar policies, and aws-jwt-verify checking tokens from the local identity provider.
 * The clock is the test's: `clock.now` moves it.
 */
export async function createApiHarness() {
  const table = await createTestTable();
  const identity = await createLocalIdentityProvider();
  const clock = { now: NOW };
  const app = createApiApp({
    store: table.store,
    authorizer: new CedarAuthorizer(identity.userPoolId),
    now: () => clock.now,
    verifier: createCognitoTokenVerifier({ userPoolId: identity.userPoolId, clientId: identity.clientId, jwks: identity.jwks }),
    logger: new Logger({ serviceName: "caller-lists-test", logLevel: "SILENT" }),
  });
  await table.store.createList(aList());
  await table.store.createList(aList({ id: "bad-callers", kind: "block", description: "Known fraud" }));

  const tokens = new Map<UserName, string>();
  async function tokenFor(user: UserName): Promise<string> {
    const known = tokens.get(user);
    if (known) return known;
    const token = await identity.mintIdToken(USERS[user]);
    tokens.set(user, token);
    return token;
  }

  async function request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await tokenFor(options.as ?? "admin")}` };
    let body = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers["Content-Type"] = options.contentType ?? "application/json";
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  }

  return { app, store: table.store, table, clock, request, close: table.close };
}

export type ApiHarness = Awaited<ReturnType<typeof createApiHarness>>;
