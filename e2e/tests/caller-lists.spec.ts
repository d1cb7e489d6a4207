import { contactFlowEvent } from "@flow-configs/local-aws";
import { expect, test } from "../fixtures/test";
import { CallerListEntriesPage } from "../pages/caller-list-entries-page";
import { CallerListsPage } from "../pages/caller-lists-page";
import { ShellPage } from "../pages/shell-page";

/** A list of the test's own per project (desktop and mobile run one after the other on one stack). */
const listIdFor = (project: string) => `e2e-${project}-callers`;

/** 40 distinct numbers per project, written the ways people do. */
function pastedNumbers(project: string): { text: string; numbers: string[] } {
  const base = project === "mobile" ? 7300000 : 7200000;
  const numbers = Array.from({ length: 40 }, (_, index) => `+1512${base + index}`);
  const written = numbers.map((number, index) => (index % 2 === 0 ? number : `(${number.slice(2, 5)}) ${number.slice(5, 8)}-${number.slice(8)}, chargeback`));
  return { text: written.join("\n"), numbers };
}

test.describe("Caller Lists", () => {
  test.beforeEach(async ({ apiAs }, testInfo) => {
    // Each run starts without the test's list, whatever an earlier run left.
    await apiAs("alex").request("DELETE", `/caller-lists/${listIdFor(testInfo.project.name)}`);
  });

  test("an admin creates a block list, opens it, and deletes it", async ({ page, signInAs }, testInfo) => {
    const listId = listIdFor(testInfo.project.name);
    await signInAs("alex");
    const lists = new CallerListsPage(page);
    await lists.goto();
    await expect(lists.listLink("vip")).toBeVisible();
    await expect(lists.listLink("bad-callers")).toBeVisible();

    await lists.create(listId, "Numbers from the e2e run", "Block");
    await expect(page.getByText(`List ${listId} created`)).toBeVisible();
    await lists.listLink(listId).click();
    await expect(page.getByRole("heading", { name: listId, level: 1 })).toBeVisible();
    await expect(page.getByText("No numbers on this list yet.")).toBeVisible();
    await new ShellPage(page).expectNoHorizontalScroll();

    await lists.goto();
    await lists.delete(listId);
    await expect(page.getByText(`List ${listId} deleted`)).toBeVisible();
    await expect(lists.listLink(listId)).toHaveCount(0);
  });

  test("an editor pastes numbers, the bad lines stay in the box, and checkCallerList finds them", async ({ page, signInAs, apiAs, lambda }, testInfo) => {
    const listId = listIdFor(testInfo.project.name);
    const created = await apiAs("alex").request("POST", "/caller-lists", { body: { id: listId, kind: "block", description: "e2e" } });
    expect(created.status).toBe(201);
    const { text, numbers } = pastedNumbers(testInfo.project.name);
    const picked = numbers[21] ?? "";
    const check = async (ani: string) => (await lambda.invoke("checkCallerList", contactFlowEvent({ parameters: { listId }, customerNumber: ani }))).payload;
    expect(await check(picked)).toEqual({ onList: "false", kind: "block", reason: "" });

    await signInAs("morgan");
    const list = new CallerListEntriesPage(page);
    await list.goto(listId);
    await list.paste(`${text}\nnot a number\n${numbers[0]}`);

    await expect(page.getByText("Added 40 numbers")).toBeVisible();
    await expect(list.pasteBox).toHaveValue(`not a number\n${numbers[0]}`);
    await expect(list.notAdded).toContainText("not a number");
    await expect(list.notAdded).toContainText(`${numbers[0]} is also on line 1`);
    expect(await check(picked)).toEqual({ onList: "true", kind: "block", reason: "chargeback" });

    await list.search.fill(picked.slice(0, 11));
    await expect(list.numbers).toContainText(picked);
    await expect(list.numbers).not.toContainText(numbers[0] ?? "");
    await list.remove(picked);
    await expect(page.getByText("Removed 1 number")).toBeVisible();
    await expect(list.numbers).not.toContainText(picked);
    expect(await check(picked)).toEqual({ onList: "false", kind: "block", reason: "" });
    await new ShellPage(page).expectNoHorizontalScroll();
  });

  test("a read-only user sees the lists but cannot change them; a user in no Caller Lists group gets 403", async ({ page, signInAs, apiAs }) => {
    await signInAs("riley");
    const lists = new CallerListsPage(page);
    await lists.goto();
    await expect(lists.listLink("vip")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create list" })).toHaveCount(0);
    await lists.listLink("vip").click();
    await expect(page.getByRole("button", { name: "Export CSV" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Paste numbers" })).toHaveCount(0);
    expect((await apiAs("casey").request("GET", "/caller-lists")).status).toBe(403);
  });
});
