import { PERSONAS, type IdTokenRequest, type LocalIdentityProvider } from "@flow-configs/local-aws";
import { Hono } from "hono";
import { isAllowedRedirect } from "./redirect-policy";
import { renderSignInPage } from "./sign-in-page";

export interface IdentityRoutesOptions {
  provider: LocalIdentityProvider;
  /** This server's own base URL (`http://localhost:3000`), for the discovery document. */
  providerUrl: string;
  /** Where sign-in and sign-out go back to when no redirect_uri is given. */
  shellUrl: string;
}

/** A sign-in lasts a working day locally, so nobody is signed out mid-task. */
const SIGN_IN_TOKEN_SECONDS = 8 * 3600;

/** The local identity provider's HTTP face: OIDC discovery, JWKS, persona sign-in, sign-out and a token endpoint for scripts. */
export function identityRoutes({ provider, providerUrl, shellUrl }: IdentityRoutesOptions): Hono {
  const app = new Hono();

  app.get("/.well-known/openid-configuration", (c) =>
    c.json({
      issuer: provider.issuer,
      authorization_endpoint: `${providerUrl}/local/sign-in`,
      token_endpoint: `${providerUrl}/local/token`,
      end_session_endpoint: `${providerUrl}/local/sign-out`,
      jwks_uri: `${providerUrl}/.well-known/jwks.json`,
      response_types_supported: ["id_token"],
      response_modes_supported: ["fragment"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      scopes_supported: ["openid", "email", "profile"],
      claims_supported: [
        "sub",
        "iss",
        "aud",
        "exp",
        "iat",
        "auth_time",
        "token_use",
        "cognito:username",
        "cognito:groups",
        "email",
        "name",
        "flow_configs_scope",
      ],
    }),
  );

  app.get("/.well-known/jwks.json", (c) => c.json(provider.jwks));

  app.get("/local/sign-in", (c) => {
    const redirectUri = c.req.query("redirect_uri") ?? shellUrl;
    if (!isAllowedRedirect(redirectUri, shellUrl)) return c.json(redirectRefusal(redirectUri), 400);
    const clientId = c.req.query("client_id");
    if (clientId !== undefined && clientId !== provider.clientId) {
      return c.json({ code: "InvalidInput", message: `client_id: ${clientId} is not this provider's client (${provider.clientId})` }, 400);
    }
    return c.html(renderSignInPage({ personas: PERSONAS, redirectUri, state: c.req.query("state") ?? "" }));
  });

  app.post("/local/sign-in", async (c) => {
    const form = await c.req.parseBody();
    const redirectUri = typeof form.redirect_uri === "string" && form.redirect_uri ? form.redirect_uri : shellUrl;
    if (!isAllowedRedirect(redirectUri, shellUrl)) return c.json(redirectRefusal(redirectUri), 400);
    const persona = PERSONAS.find((candidate) => candidate.username === form.username);
    if (!persona) return c.json({ code: "InvalidInput", message: "username: choose one of the listed personas" }, 400);
    const idToken = await provider.mintIdToken({
      username: persona.username,
      groups: persona.groups,
      scope: persona.scope,
      name: persona.name,
      expiresInSeconds: SIGN_IN_TOKEN_SECONDS,
    });
    const fragment = new URLSearchParams({ id_token: idToken, state: typeof form.state === "string" ? form.state : "" });
    return c.redirect(`${redirectUri.split("#")[0]}#${fragment}`, 303);
  });

  app.get("/local/sign-out", (c) => {
    const redirectUri = c.req.query("redirect_uri") ?? shellUrl;
    if (!isAllowedRedirect(redirectUri, shellUrl)) return c.json(redirectRefusal(redirectUri), 400);
    // Tokens live only in the browser; signing out here is just going back.
    return c.redirect(redirectUri, 302);
  });

  app.post("/local/token", async (c) => {
    const request = tokenRequest(await c.req.json().catch(() => null));
    if (typeof request === "string") return c.json({ code: "InvalidInput", message: request }, 400);
    return c.json({ id_token: await provider.mintIdToken(request), token_type: "Bearer" });
  });

  return app;
}

function redirectRefusal(redirectUri: string) {
  return {
    code: "InvalidInput",
    message: `redirect_uri: ${redirectUri} is not allowed; use an http://localhost address or the shell's origin`,
  };
}

/** Validates `POST /local/token`; a persona's username alone is enough (its groups and scope are used). */
function tokenRequest(body: unknown): IdTokenRequest | string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "body: must be a JSON object";
  const fields = body as Record<string, unknown>;
  if (typeof fields.username !== "string" || fields.username === "") return "username: must be a non-empty string";
  const persona = PERSONAS.find((candidate) => candidate.username === fields.username);
  const groups = fields.groups ?? persona?.groups;
  if (!Array.isArray(groups) || !groups.every((group) => typeof group === "string")) {
    return "groups: must be an array of group names (required unless username is a persona)";
  }
  const scope = fields.scope === undefined ? persona?.scope : fields.scope;
  if (scope !== undefined && typeof scope !== "string") return "scope: must be a string such as \"id:Office-Austin\"";
  if (fields.expiresInSeconds !== undefined && !Number.isInteger(fields.expiresInSeconds)) {
    return "expiresInSeconds: must be an integer (negative mints an expired token)";
  }
  for (const name of ["email", "name"] as const) {
    if (fields[name] !== undefined && typeof fields[name] !== "string") return `${name}: must be a string`;
  }
  return {
    username: fields.username,
    groups,
    scope: scope || undefined,
    expiresInSeconds: fields.expiresInSeconds as number | undefined,
    email: fields.email as string | undefined,
    name: (fields.name as string | undefined) ?? persona?.name,
  };
}
