import { PERSONAS } from "@flow-configs/local-aws";
import { describe, expect, it } from "vitest";
import { renderSignInPage } from "../src/sign-in-page";

const page = () => renderSignInPage({ personas: PERSONAS, redirectUri: "http://localhost:5173/", state: "s" });

describe("the local sign-in page", () => {
  it("says once that a persona in no group has none, without a scope", () => {
    const casey = page().split("<li>").find((card) => card.includes('value="casey"')) ?? "";
    expect(casey.match(/group/gi)).toHaveLength(1);
    expect(casey).not.toContain("Scope:");
  });

  it("names no favicon the server would answer 404 for", () => {
    expect(page()).toContain('<link rel="icon" href="data:,">');
  });
});
