import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";
import { SUITE_ROUTES } from "../pages/suite-routes";

/** What axe-core finds that a user would be blocked by: impact serious or critical. No rule is disabled. */
const BLOCKING = new Set(["serious", "critical"]);

test.describe("every page of the suite passes axe-core", () => {
  for (const route of SUITE_ROUTES) {
    test(`${route.name} (${route.path}) has no serious or critical violation`, async ({ page, signInAs }) => {
      if (route.persona) await signInAs(route.persona);
      await page.goto(route.path);
      await route.ready(page);

      const { violations } = await new AxeBuilder({ page }).analyze();
      const blocking = violations
        .filter((violation) => BLOCKING.has(violation.impact ?? ""))
        .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      expect(blocking).toEqual([]);
    });
  }
});
