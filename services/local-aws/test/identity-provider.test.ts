import { CognitoJwtVerifier } from "aws-jwt-verify";
import { decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { createLocalIdentityProvider, generateSigningJwk } from "../src/identity-provider";

async function verifierFor(provider: Awaited<ReturnType<typeof createLocalIdentityProvider>>) {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: provider.userPoolId,
    clientId: provider.clientId,
    tokenUse: "id",
  });
  verifier.cacheJwks(provider.jwks as Parameters<typeof verifier.cacheJwks>[0]);
  return verifier;
}

describe("local identity provider", () => {
  it("shapes its issuer like a Cognito user pool's", async () => {
    const provider = await createLocalIdentityProvider();
    expect(provider.userPoolId).toBe("us-east-1_LocalPool");
    expect(provider.clientId).toBe("flow-configs-local");
    expect(provider.issuer).toBe("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool");
  });

  it("mints an RS256 ID token that CognitoJwtVerifier accepts, with the Cognito claims", async () => {
    const provider = await createLocalIdentityProvider();
    const token = await provider.mintIdToken({
      username: "oscar",
      groups: ["FlowConfigsBusiness"],
      scope: "id:Office-Austin",
      name: "Oscar Office",
    });
    const header = decodeProtectedHeader(token);
    expect(header.alg).toBe("RS256");
    expect(header.kid).toBe(provider.jwks.keys[0]?.kid);

    const payload = await (await verifierFor(provider)).verify(token);
    expect(payload).toMatchObject({
      "cognito:username": "oscar",
      "cognito:groups": ["FlowConfigsBusiness"],
      token_use: "id",
      aud: "flow-configs-local",
      iss: provider.issuer,
      email: "oscar@example.com",
      name: "Oscar Office",
      flow_configs_scope: "id:Office-Austin",
    });
    expect(payload.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.exp - payload.iat).toBe(3600);
  });

  it("leaves cognito:groups and flow_configs_scope out for an unscoped user in no group", async () => {
    const provider = await createLocalIdentityProvider();
    const payload = await (await verifierFor(provider)).verify(
      await provider.mintIdToken({ username: "casey", groups: [] }),
    );
    expect(payload["cognito:groups"]).toBeUndefined();
    expect(payload.flow_configs_scope).toBeUndefined();
  });

  it("mints an expired token that the verifier rejects", async () => {
    const provider = await createLocalIdentityProvider();
    const token = await provider.mintIdToken({ username: "alex", groups: ["FlowConfigsAdmin"], expiresInSeconds: -60 });
    await expect((await verifierFor(provider)).verify(token)).rejects.toThrow(/expired/i);
  });

  it("rejects a token signed by another key", async () => {
    const provider = await createLocalIdentityProvider();
    const impostor = await createLocalIdentityProvider();
    const token = await impostor.mintIdToken({ username: "alex", groups: ["FlowConfigsAdmin"] });
    await expect((await verifierFor(provider)).verify(token)).rejects.toThrow();
  });

  it("signs with a persisted key, so tokens survive a restart", async () => {
    const privateJwk = await generateSigningJwk();
    const before = await createLocalIdentityProvider({ privateJwk });
    const token = await before.mintIdToken({ username: "morgan", groups: ["FlowConfigsBusiness"] });
    const after = await createLocalIdentityProvider({ privateJwk: JSON.parse(JSON.stringify(privateJwk)) });
    expect(after.jwks).toEqual(before.jwks);
    await expect((await verifierFor(after)).verify(token)).resolves.toMatchObject({ "cognito:username": "morgan" });
  });
});
