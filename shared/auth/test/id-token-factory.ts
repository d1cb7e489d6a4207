/** Builds an unsigned JWT with the claims the local identity provider sets. */
export function idToken(claims: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const payload = {
    sub: "11111111-2222-3333-4444-555555555555",
    "cognito:username": "morgan",
    "cognito:groups": ["InventoryEditor"],
    name: "Morgan Manager",
    email: "morgan@example.com",
    token_use: "id",
    exp: Math.floor(Date.parse("2026-11-26T10:00:00Z") / 1000),
    ...claims,
  };
  return `${encode({ alg: "RS256", kid: "local" })}.${encode(payload)}.signature`;
}
