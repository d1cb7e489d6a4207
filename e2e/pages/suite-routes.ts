import type { Page } from "@playwright/test";
import type { Persona } from "../fixtures/personas";

/** One page of the suite, opened as a persona (`null`: signed out), for checks that visit every page. */
export interface SuiteRoute {
  name: string;
  path: string;
  persona: Persona | null;
  /** Resolves once the page shows its content, not a loading state. */
  ready: (page: Page) => Promise<void>;
}

const heading = (name?: string | RegExp) => async (page: Page) => {
  await page.getByRole("heading", { level: 1, ...(name ? { name } : {}) }).first().waitFor();
};
const tableRow = async (page: Page) => {
  await page.getByRole("table").first().getByRole("row").nth(1).waitFor();
};

/** Every page of the suite, each module's after the shell's. A module appends its own pages here. */
export const SUITE_ROUTES: readonly SuiteRoute[] = [
  { name: "sign-in", path: "/", persona: null, ready: async (page) => page.getByRole("button", { name: "Sign in", exact: true }).waitFor() },
  { name: "home", path: "/", persona: "alex", ready: heading("Admin modules") },
  { name: "no access", path: "/flow-configs", persona: "casey", ready: async (page) => page.getByText("You cannot open Flow Configs").waitFor() },
  { name: "not found", path: "/no-such-module", persona: "alex", ready: async (page) => page.getByText("Page not found").waitFor() },
  { name: "Flow Configs: list", path: "/flow-configs", persona: "alex", ready: tableRow },
  { name: "Flow Configs: list, read-only", path: "/flow-configs", persona: "riley", ready: tableRow },
  { name: "Flow Configs: create", path: "/flow-configs/new", persona: "alex", ready: heading() },
  { name: "Flow Configs: import", path: "/flow-configs/import", persona: "alex", ready: heading() },
  { name: "Flow Configs: config (admin)", path: "/flow-configs/BasicQueue", persona: "alex", ready: heading(/BasicQueue/) },
  { name: "Flow Configs: config (business)", path: "/flow-configs/BasicQueue", persona: "morgan", ready: heading(/BasicQueue/) },
  { name: "Flow Configs: shape", path: "/flow-configs/BasicQueue/shape", persona: "alex", ready: heading() },
  { name: "Flow Configs: history", path: "/flow-configs/BasicQueue/history", persona: "alex", ready: heading() },
  { name: "Flow Configs: list entries", path: "/flow-configs/bad-actors/entries", persona: "morgan", ready: heading() },
  { name: "Flow Configs: template instance", path: "/flow-configs/Office-Austin", persona: "oscar", ready: heading(/Office-Austin/) },
  { name: "Flow Configs: new office", path: "/flow-configs/FieldOffice/new-office", persona: "alex", ready: heading() },
  { name: "Flow Configs: offices CSV", path: "/flow-configs/FieldOffice/offices", persona: "alex", ready: heading() },
  { name: "Caller Lists: lists (admin)", path: "/caller-lists", persona: "alex", ready: tableRow },
  { name: "Caller Lists: lists, read-only", path: "/caller-lists", persona: "riley", ready: tableRow },
  { name: "Caller Lists: a list's numbers (editor)", path: "/caller-lists/vip", persona: "morgan", ready: tableRow },
  { name: "Caller Lists: a block list's numbers (admin)", path: "/caller-lists/bad-callers", persona: "alex", ready: tableRow },
];
