import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeFlow {
  id: string;
  name: string;
  type?: string;
  state?: "ACTIVE" | "ARCHIVED";
  content: string;
  /** Describe answers 404 for it (a flow deleted between list and describe). */
  missing?: boolean;
}

const PAGE_SIZE = 2;

/**
 * Amazon Connect's REST API for the four read calls the flow directory makes, over HTTP on loopback, with
 * pages of two so that paging is exercised. The real SDK client talks to it through `endpoint`.
 */
export async function startFakeConnect(instanceId: string, data: { flows: FakeFlow[]; modules: FakeFlow[] }) {
  const calls: string[] = [];
  const send = (response: ServerResponse, status: number, body: unknown, errorType?: string) => {
    response.writeHead(status, { "Content-Type": "application/json", ...(errorType ? { "x-amzn-errortype": errorType } : {}) });
    response.end(JSON.stringify(body));
  };
  const page = <T>(items: T[], url: URL) => {
    const start = Number(url.searchParams.get("nextToken") ?? "0");
    const next = start + PAGE_SIZE;
    return { items: items.slice(start, next), ...(next < items.length ? { NextToken: String(next) } : {}) };
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://connect.local");
    const [kind, instance, id] = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    calls.push(`${kind}${id ? `/${id}` : ""}`);
    if (request.method !== "GET" || instance !== instanceId) return send(response, 404, { message: "no such instance" }, "ResourceNotFoundException");
    if (kind === "contact-flows-summary") {
      const { items, NextToken } = page(data.flows, url);
      const list = items.map((flow) => ({ Id: flow.id, Arn: `arn:${flow.id}`, Name: flow.name, ContactFlowType: flow.type ?? "CONTACT_FLOW", ContactFlowState: flow.state ?? "ACTIVE" }));
      return send(response, 200, { ContactFlowSummaryList: list, NextToken });
    }
    if (kind === "contact-flow-modules-summary") {
      const { items, NextToken } = page(data.modules, url);
      return send(response, 200, { ContactFlowModulesSummaryList: items.map((module) => ({ Id: module.id, Arn: `arn:${module.id}`, Name: module.name, State: "ACTIVE" })), NextToken });
    }
    const found = (kind === "contact-flows" ? data.flows : kind === "contact-flow-modules" ? data.modules : []).find((flow) => flow.id === id);
    if (!found || found.missing) return send(response, 404, { message: `${id} not found` }, "ResourceNotFoundException");
    if (kind === "contact-flows") return send(response, 200, { ContactFlow: { Id: found.id, Name: found.name, Type: found.type ?? "CONTACT_FLOW", Content: found.content } });
    return send(response, 200, { ContactFlowModule: { Id: found.id, Name: found.name, Content: found.content, State: "ACTIVE" } });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
