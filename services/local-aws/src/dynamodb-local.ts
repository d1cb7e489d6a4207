import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { findFreePort, isPortTaken } from "./free-port";

export interface DynamoDbLocalOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Keep everything in memory (tests); otherwise data lives in `dbPath`. */
  inMemory?: boolean;
  /** Directory for the `shared-local-instance.db` file; created if missing. Default `.data/dynamodb`. */
  dbPath?: string;
  /** How long to wait for the first answer. Default 60 s (a cold JVM on a busy machine is slow). */
  startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/** Fake but well-formed credentials: DynamoDB Local needs some, and they must never be real ones. */
export const LOCAL_AWS_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" } as const;
export const LOCAL_AWS_REGION = "us-east-1";

/** Where a DynamoDB Local on this port answers (an IPv4 literal: `localhost` may resolve to ::1 first). */
export function dynamoDbLocalEndpoint(port: number): string {
  return `http://127.0.0.1:${port}`;
}

const JAVA_INSTALL_HINT = "apt-get install -y openjdk-17-jre-headless";

function emulatorDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

/** Starts DynamoDB Local (the jar shipped by amplify-dynamodb-simulator) and resolves once it answers. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const port = options.port ? options.port : await findFreePort();
  if (options.port && (await isPortTaken(port))) {
    throw new Error(
      `DynamoDB Local cannot start: port ${port} is already in use. Stop whatever uses it or choose another port (DYNAMODB_PORT).`,
    );
  }

  const emulator = emulatorDirectory();
  const dbPath = options.inMemory ? undefined : ensureDirectory(options.dbPath ?? ".data/dynamodb");
  const storage = dbPath ? ["-dbPath", dbPath] : ["-inMemory"];
  const args = [
    // C1-only JIT and the serial GC halve start-up on a busy 2-core machine; GetItem p50 measured no slower.
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    `-Djava.library.path=${join(emulator, "DynamoDBLocal_lib")}`,
    "-jar",
    join(emulator, "DynamoDBLocal.jar"),
    "-sharedDb",
    ...storage,
    // Nothing local may call AWS, and no web page may reach the database from a browser.
    "-disableTelemetry",
    "-cors",
    "http://localhost",
    "-port",
    String(port),
  ];
  // It writes a metadata file into its working directory: the data directory, never node_modules.
  const child = spawn("java", args, {
    cwd: dbPath ?? tmpdir(),
    env: { ...process.env, DDB_LOCAL_TELEMETRY: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  // A parent that exits without calling stop() must not leave a JVM behind: the exit hook covers a normal
  // exit, the watchdog a parent killed outright (SIGKILL runs no hook).
  const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid);
  const killOnExit = () => {
    child.kill("SIGKILL");
    watchdog?.kill("SIGKILL");
  };
  process.once("exit", killOnExit);

  const exited = new Promise<Error>((resolveExit) => {
    child.once("error", (error: NodeJS.ErrnoException) => {
      resolveExit(
        error.code === "ENOENT"
          ? new Error(`DynamoDB Local needs Java 17, and \`java\` was not found on PATH. Install it: ${JAVA_INSTALL_HINT}`)
          : new Error(`DynamoDB Local could not be launched: ${error.message}`),
      );
    });
    child.once("exit", (code, signal) => {
      const log = output.join("").trim();
      const portHint = /address already in use|BindException/i.test(log) ? ` Port ${port} is already in use.` : "";
      resolveExit(
        new Error(
          `DynamoDB Local exited during start-up (code ${code ?? "none"}, signal ${signal ?? "none"}).${portHint}\n${log}`,
        ),
      );
    });
  });

  const endpoint = dynamoDbLocalEndpoint(port);
  const stop = () => stopChild(child, killOnExit).finally(() => watchdog?.kill("SIGKILL"));
  const startUp = new AbortController();
  try {
    await Promise.race([
      waitUntilAnswering(endpoint, options.startTimeoutMs ?? 60_000, startUp.signal),
      exited.then((error) => Promise.reject(error)),
    ]);
  } catch (error) {
    startUp.abort();
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}

/** A shell loop that kills the JVM once this process is gone. */
function startWatchdog(javaPid: number): ChildProcess {
  const script = 'while kill -0 "$0" 2>/dev/null; do sleep 1; done; kill -9 "$1" 2>/dev/null';
  const watchdog = spawn("sh", ["-c", script, String(process.pid), String(javaPid)], { stdio: "ignore" });
  watchdog.unref();
  return watchdog;
}

function ensureDirectory(path: string): string {
  const absolute = resolve(path);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}

async function waitUntilAnswering(endpoint: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS_REGION,
    credentials: LOCAL_AWS_CREDENTIALS,
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (signal.aborted) return;
        if (Date.now() > deadline) {
          throw new Error(`DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms`, { cause: error });
        }
        await new Promise((wake) => setTimeout(wake, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess, killOnExit: () => void): Promise<void> {
  process.removeListener("exit", killOnExit);
  // No pid: the launch itself failed, so there is nothing to stop.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const forceKill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(forceKill);
      resolveStop();
    });
    child.kill("SIGTERM");
  });
}
