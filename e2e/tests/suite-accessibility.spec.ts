import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";
import { SUITE_ROUTES } from "../pages/suite-routes";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** What axe-core finds that a user would be blocked by: impact serious or critical. No rule is disabled. */
const BLOCKING = new Set(["serious", "critical"]);

/**
 * The one finding excused, on one element: Cloudscape's AppLayout (3.0.x) renders its phone toolbar as
 * `<nav aria-orientation="horizontal">`, an attribute ARIA does not allow on a navigation landmark
 * (aria-allowed-attr). It is Cloudscape's markup, not ours; screen readers ignore the stray attribute.
 */
const excused = (violation: Violation, html: string) =>
  violation.id === "aria-allowed-attr" && /^<nav [^>]*aria-orientation="horizontal"/.test(html);

test.describe("every page of the suite passes axe-core", () => {
  for (const route of SUITE_ROUTES) {
    test(`${route.name} (${route.path}) has no serious or critical violation`, async ({ page, signInAs }) => {
      if (route.persona) await signInAs(route.persona);
      await page.goto(route.path);
      await route.ready(page);

      const { violations } = await new AxeBuilder({ page }).analyze();
      const blocking = violations
        .filter((violation) => BLOCKING.has(violation.impact ?? ""))
        .flatMap((violation) =>
          violation.nodes
            .filter((node) => !excused(violation, node.html))
            .map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}`),
        );
      expect(blocking).toEqual([]);
    });
  }
});
