import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../src/content-security-policy";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("the shell's Content-Security-Policy", () => {
  const policy = directives(
    contentSecurityPolicy({
      remotes: ["http://localhost:5174"],
      apis: ["http://localhost:3000"],
      auth: ["http://localhost:3000"],
      frameAncestors: ["https://acme.my.connect.aws"],
    }),
  );

  it("loads scripts only from the site and the remotes", () => {
    expect(policy["script-src"]).toEqual(["'self'", "http://localhost:5174"]);
  });

  it("lets the page call the API, the identity provider and the remotes, each named once", () => {
    expect(policy["connect-src"]).toEqual(["'self'", "http://localhost:3000", "http://localhost:5174"]);
  });

  it("allows no plugins, no <base> and forms only to the site and sign-in", () => {
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'", "http://localhost:3000"]);
  });

  it("lets only the given pages frame the site, and none when none are given", () => {
    expect(policy["frame-ancestors"]).toEqual(["https://acme.my.connect.aws"]);
    const unframed = directives(contentSecurityPolicy({ remotes: [], apis: [], auth: [], frameAncestors: [] }));
    expect(unframed["frame-ancestors"]).toEqual(["'none'"]);
  });
});
