import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateSigningJwk, type JWK } from "@flow-configs/local-aws";

/** The local identity provider's private key, kept under the data directory so tokens survive restarts. */
export async function loadOrCreateSigningKey(path: string): Promise<JWK> {
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as JWK;
  const jwk = await generateSigningJwk();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
  return jwk;
}
