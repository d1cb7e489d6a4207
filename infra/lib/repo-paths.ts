import { fileURLToPath } from "node:url";

/** The repository root: Lambda entries, Cedar policies and front-end builds are found from here. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The infra package's folder (contact flows, config files). */
export const INFRA_ROOT = fileURLToPath(new URL("..", import.meta.url));
