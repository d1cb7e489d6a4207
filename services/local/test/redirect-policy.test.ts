import { describe, expect, it } from "vitest";
import { isAllowedRedirect } from "../src/redirect-policy";

const shell = "https://admin.example.com";

describe("isAllowedRedirect", () => {
  it.each([
    "http://localhost:5173/auth/callback",
    "http://localhost:4321/",
    "http://127.0.0.1:5173/",
    "https://admin.example.com/flow-configs",
  ])("allows %s", (uri) => {
    expect(isAllowedRedirect(uri, shell)).toBe(true);
  });

  it.each([
    "https://attacker.example/steal",
    "http://localhost.attacker.example/",
    "https://localhost:5173/",
    "javascript:alert(1)",
    "not a url",
    "https://admin.example.com.attacker.example/",
  ])("refuses %s", (uri) => {
    expect(isAllowedRedirect(uri, shell)).toBe(false);
  });
});
