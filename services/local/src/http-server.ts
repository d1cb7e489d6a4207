import { serve, type ServerType } from "@hono/node-server";
import type { Hono } from "hono";

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** The one message for a taken port: which port, and the variable that moves it. */
export function portInUseError(port: number, portVariable: string): Error {
  return new Error(`Port ${port} is already in use. Stop whatever uses it or set ${portVariable} to another port.`);
}

/** Serves a Hono app on the loopback interface; port 0 picks a free one. A taken port is a clear error naming its variable. */
export function listen(app: Hono, port: number, portVariable: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? portInUseError(port, portVariable) : error);
    };
    const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
      server.removeListener("error", onError);
      resolve({ port: info.port, close: () => closeServer(server) });
    });
    server.once("error", onError);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections from browsers would otherwise hold the server open.
    if ("closeAllConnections" in server) server.closeAllConnections();
  });
}
