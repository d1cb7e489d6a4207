import { expect, test } from "../fixtures/test";
import { contactFlowEvent } from "@flow-configs/local-aws";
import type { RestApi } from "../fixtures/rest-api";
import { FlowConfigsListEntriesPage } from "../pages/flow-configs-list-entries-page";
import { ShellPage } from "../pages/shell-page";

/** 500 distinct numbers per project (desktop and mobile paste different ones), written the ways people do. */
function pastedNumbers(project: string): { text: string; numbers: string[] } {
  const base = project === "mobile" ? 6200000 : 6100000;
  const numbers = Array.from({ length: 500 }, (_, index) => `+1555${base + index}`);
  const written = numbers.map((number, index) => (index % 2 === 0 ? number : `(${number.slice(2, 5)}) ${number.slice(5, 8)}-${number.slice(8)}`));
  return { text: written.join("\n"), numbers };
}

/** Takes the test's numbers off the list again, so each run starts from the seed's list. */
async function removeFromList(api: RestApi, numbers: readonly string[]): Promise<void> {
  const current = await api.getConfig("bad-actors");
  const onList = new Set(((current.body.variables ?? []) as { name: string }[]).map((variable) => variable.name));
  const names = numbers.filter((number) => onList.has(number));
  if (names.length === 0) return;
  const response = await api.request("DELETE", "/flow-configs/bad-actors/entries", { body: { names }, ifMatch: current.body.version });
  if (response.status !== 200) throw new Error(`Removing test numbers answered ${response.status}: ${JSON.stringify(response.body)}`);
}

test.describe("the bad-actors list", () => {
  test("a business user pastes 500 numbers, bad lines are reported, and isBadActor finds one of them", async ({ page, signInAs, apiAs, lambda }, testInfo) => {
    const { text, numbers } = pastedNumbers(testInfo.project.name);
    const alex = apiAs("alex");
    await removeFromList(alex, numbers);
    const picked = numbers[321] ?? "";
    const before = await lambda.invoke("isBadActor", contactFlowEvent({ parameters: {}, customerNumber: picked }));
    expect(before.payload).toEqual({ isBadActor: "false" });
    await signInAs("morgan");

    const list = new FlowConfigsListEntriesPage(page);
    await list.goto("bad-actors");
    await expect(list.entries("bad-actors")).toContainText("+15555550101");
    await list.paste(`${text}\nnot a number\n+1 555 555 0101`);

    await expect(list.checkSummary).toContainText("500 new number(s) ready to add · 1 invalid line(s) · 1 duplicate(s)");
    await expect(page.getByRole("table", { name: "Invalid lines" })).toContainText("501");
    expect((await lambda.invoke("isBadActor", contactFlowEvent({ parameters: {}, customerNumber: picked }))).payload).toEqual({ isBadActor: "false" });

    await list.addButton(500).click();
    await expect(page.getByText("Added 500 numbers to bad-actors")).toBeVisible();
    await list.search.fill(picked);
    await expect(list.entries("bad-actors")).toContainText(picked);
    await new ShellPage(page).expectNoHorizontalScroll();

    const after = await lambda.invoke("isBadActor", contactFlowEvent({ parameters: {}, customerNumber: picked }));
    expect(after.payload).toEqual({ isBadActor: "true" });
    await removeFromList(alex, numbers);
  });
});
