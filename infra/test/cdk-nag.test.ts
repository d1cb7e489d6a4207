import { describe, expect, it } from "vitest";
import { metadataOf, SIDES, validationReport } from "./support/cloud-assembly";

/** Every cdk-nag rule acknowledged anywhere in a region's stack, with its written reason. */
function acknowledgements(side: "primary" | "secondary"): Array<{ path: string; rule: string; reason: string }> {
  return Object.entries(metadataOf(side)).flatMap(([path, entries]) =>
    entries
      .filter((entry) => entry.type === "aws:cdk:acknowledged-rules")
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({ path, rule, reason }))),
  );
}

describe("cdk-nag AwsSolutions", () => {
  it("reports no unacknowledged finding in either region", () => {
    const findings = validationReport().pluginReports.flatMap((report) =>
      report.violations.map((violation) => `${violation.ruleName} at ${violation.violatingConstructs.map((c) => c.constructPath).join(", ")}`),
    );
    expect(findings).toEqual([]);
  });

  it.each(SIDES)("gives every acknowledged finding in the %s region a written reason", (side) => {
    const acknowledged = acknowledgements(side).filter(({ rule }) => rule.includes("AwsSolutions-"));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, rule, reason } of acknowledged) {
      expect(reason.split(" ").length, `${rule} at ${path}`).toBeGreaterThanOrEqual(8);
    }
  });

  it("acknowledges no finding wholesale for a stack (each sits on the construct it is about)", () => {
    for (const side of SIDES) {
      const stackWide = acknowledgements(side).filter(({ path }) => path.split("/").length === 2);
      expect(stackWide.map(({ rule }) => rule)).toEqual(stackWide.map(({ rule }) => rule).filter((rule) => rule.includes("Resource::<Site")));
    }
  });
});
