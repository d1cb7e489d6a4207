import { spawn } from "node:child_process";

/**
 * Runs one web server's command as the leader of its own process group, and ends the whole group when
 * the supervisor goes — for any reason, SIGKILL included: stdin is a pipe from the supervisor, which the
 * kernel closes when the supervisor dies. So no `vite preview` is ever left holding a port.
 * Usage: node --import tsx web-server-guard.ts <command> [args…]
 */
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("web-server-guard: no command to run");
  process.exit(2);
}

const killGroup = (signal: NodeJS.Signals) => {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // The group is already gone.
  }
};

// The supervisor stops the group with SIGTERM (this process included): let the command exit, then follow it.
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => undefined);

const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
// Its exit code is the supervisor's to report; the supervisor then ends whatever is left of the group.
child.once("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.once("error", (error) => {
  console.error(`web-server-guard: ${command} could not start: ${error.message}`);
  process.exit(1);
});

process.stdin.once("close", () => {
  killGroup("SIGTERM");
  setTimeout(() => killGroup("SIGKILL"), 3_000);
});
process.stdin.resume();
