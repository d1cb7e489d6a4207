import { createServer } from "node:http";
import type { IncomingHttpHeaders, Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the text as sent when it is not JSON (e.g. CSV). */
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A real HTTP server on a free port that answers each request with the reply the test sets up. */
export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  reply(reply: Reply): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let next: Reply = { status: 500, body: { code: "NoReply", message: "the test set no reply" } };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const isJson = (request.headers["content-type"] ?? "").includes("json");
      const body = text === "" ? undefined : isJson ? (JSON.parse(text) as unknown) : text;
      requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      const payload = next.body === undefined ? "" : typeof next.body === "string" ? next.body : JSON.stringify(next.body);
      response.writeHead(next.status, { "Content-Type": "application/json", ...next.headers });
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply(reply) {
      next = reply;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
