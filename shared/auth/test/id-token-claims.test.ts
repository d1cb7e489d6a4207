import { describe, expect, it } from "vitest";
import { readIdTokenClaims } from "../src/id-token-claims";
import { idToken } from "./id-token-factory";

describe("readIdTokenClaims", () => {
  it("reads the user, groups and expiry from a Cognito-shaped ID token", () => {
    expect(readIdTokenClaims(idToken())).toEqual({
      user: { username: "morgan", name: "Morgan Manager", email: "morgan@example.com" },
      groups: ["InventoryEditor"],
      scope: null,
      expiresAt: Date.parse("2026-11-26T10:00:00Z"),
    });
  });

  it("reads a scoped user's configs from flow_configs_scope", () => {
    expect(readIdTokenClaims(idToken({ flow_configs_scope: "id:Office-Austin template:FieldOffice" })).scope).toEqual({ ids: ["Office-Austin"], templates: ["FieldOffice"] });
  });

  it("decodes non-ASCII names", () => {
    expect(readIdTokenClaims(idToken({ name: "José Núñez" })).user.name).toBe("José Núñez");
  });

  it("treats a token without cognito:groups as a user in no group", () => {
    expect(readIdTokenClaims(idToken({ "cognito:groups": undefined })).groups).toEqual([]);
  });

  it("falls back to the username when the token has no name", () => {
    expect(readIdTokenClaims(idToken({ name: undefined })).user.name).toBe("morgan");
  });

  it("refuses something that is not a JWT", () => {
    expect(() => readIdTokenClaims("not-a-token")).toThrow("not a JWT");
  });

  it("refuses a token without exp", () => {
    expect(() => readIdTokenClaims(idToken({ exp: undefined }))).toThrow("no exp");
  });
});
