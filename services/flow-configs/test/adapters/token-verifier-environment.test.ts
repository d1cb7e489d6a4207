import { describe, expect, it } from "vitest";
import { tokenVerifierFromEnvironment } from "../../src/adapters/cognito-token-verifier";

const deployed = { COGNITO_USER_POOL_ID: "us-east-1_AbCdEf123", COGNITO_CLIENT_ID: "client" };

describe("the API Lambda's token verifier from its environment", () => {
  it("names the setting a Lambda cannot start without", () => {
    expect(() => tokenVerifierFromEnvironment({ COGNITO_CLIENT_ID: "client" })).toThrow(/COGNITO_USER_POOL_ID is required/);
    expect(() => tokenVerifierFromEnvironment({ COGNITO_USER_POOL_ID: "us-east-1_AbCdEf123" })).toThrow(/COGNITO_CLIENT_ID is required/);
  });

  it("keeps refusing a JWKS address that is not loopback for a real pool", () => {
    expect(() => tokenVerifierFromEnvironment({ ...deployed, COGNITO_JWKS_URI: "https://keys.example.com/jwks.json" })).toThrow(/loopback/);
    expect(() => tokenVerifierFromEnvironment({ ...deployed, COGNITO_JWKS_URI: "http://127.0.0.1:3000/jwks.json", ADMIN_GROUP: "CC-Admins" })).not.toThrow();
  });
});
