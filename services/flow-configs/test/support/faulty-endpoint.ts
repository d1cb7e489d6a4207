import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the endpoint does to one request instead of passing it on. */
export type Fault = "reset" | "internal-error" | "throttling" | "slow";

/**
 * An HTTP proxy in front of DynamoDB Local that answers its first requests with the faults it is given, one
 * each, in order (a reset connection, a 500, a ThrottlingException, an answer later than any timeout), and
 * passes every other request on. It counts the requests it saw.
 */
export async function startFaultyEndpoint(target: string, faults: readonly Fault[]) {
  const pending = [...faults];
  let requests = 0;
  const server = createServer((incoming, outgoing) => {
    requests += 1;
    const fault = pending.shift();
    if (fault) return injectFault(fault, incoming, outgoing);
    const upstream = request(new URL(incoming.url ?? "/", target), { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function injectFault(fault: Fault, incoming: IncomingMessage, outgoing: ServerResponse): void {
  incoming.resume();
  const json = (status: number, type: string) =>
    outgoing.writeHead(status, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": `fault-${fault}` }).end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: fault }));
  if (fault === "reset") incoming.socket.destroy();
  else if (fault === "internal-error") json(500, "InternalServerError");
  else if (fault === "throttling") json(400, "ThrottlingException");
  else setTimeout(() => json(500, "TooLate"), 5_000).unref();
}
