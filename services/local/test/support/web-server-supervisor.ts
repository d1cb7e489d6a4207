// A stand-in supervisor for the tests: starts one web server from the repo given, prints its process
// group, then waits to be killed.
import { startWebServer } from "../../src/web-servers";

const [repoRoot = ""] = process.argv.slice(2);
const server = startWebServer(repoRoot, { label: "shell", workspace: "@flow-configs/shell", folder: "shell", env: { PORT: "4321" } }, (line) =>
  console.log(line),
);
console.log(`group ${server.processGroup ?? 0}`);
setInterval(() => undefined, 60_000);
