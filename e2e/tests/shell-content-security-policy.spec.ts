import { expect, test } from "../fixtures/test";
import { LOCAL_CONTENT_SECURITY_POLICY, recordPolicyViolations, serveShellWithPolicy } from "../fixtures/content-security-policy";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";
import { LocalSignInPage } from "../pages/local-sign-in-page";
import { ShellPage } from "../pages/shell-page";

test.describe("the shell under the site's Content-Security-Policy", () => {
  test("signs in and shows the Flow Configs list with nothing refused", async ({ page }) => {
    const violations = await recordPolicyViolations(page);
    await serveShellWithPolicy(page, LOCAL_CONTENT_SECURITY_POLICY);

    await page.goto("/flow-configs");
    const shell = new ShellPage(page);
    await shell.signInButton.click();
    await new LocalSignInPage(page).choose("morgan");

    await expect(shell.accountMenu("Morgan Manager")).toBeVisible();
    const list = new FlowConfigsListPage(page);
    await expect(list.configLink("BasicQueue")).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("is really enforced: a policy without the remote's origin blocks the module", async ({ page, signInAs }) => {
    const violations = await recordPolicyViolations(page);
    await serveShellWithPolicy(page, LOCAL_CONTENT_SECURITY_POLICY.replace(/script-src [^;]*/, "script-src 'self'"));
    await signInAs("morgan");

    await page.goto("/flow-configs");

    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked http:\/\/localhost:\d+/));
    await expect(new FlowConfigsListPage(page).configLink("BasicQueue")).toHaveCount(0);
  });
});
