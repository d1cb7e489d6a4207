import { RejectChangeRequestSchema, ScheduledChangeInputSchema, type FlowConfig } from "@flow-configs/model";
import type { Context, Hono } from "hono";
import { approveChangeRequest, listChangeRequests, rejectChangeRequest } from "#domain/change-requests";
import { parseBody } from "#domain/parse-body";
import { runQuickAction } from "#domain/quick-actions";
import { removeScheduledChange, scheduleChange } from "#domain/scheduled-changes";
import type { UseCaseDeps } from "#domain/use-case-deps";
import type { Principal } from "#ports/authorizer";
import { etagOf, parseIfMatch } from "./if-match";

type ApiEnv = { Variables: { principal: Principal } };

function configReply(c: Context, config: FlowConfig, status: 200 | 201 = 200) {
  c.header("ETag", etagOf(config.version));
  return c.json(config, status);
}

/** Scheduled changes, change requests (two-person rule) and quick actions: DESIGN.md § Safe change. */
export function registerSafeChangeRoutes(app: Hono<ApiEnv>, deps: UseCaseDeps, readJson: (c: Context) => Promise<unknown>): void {
  app.post("/flow-configs/:id/scheduled-changes", async (c) => {
    const input = parseBody(ScheduledChangeInputSchema, await readJson(c));
    const outcome = await scheduleChange(deps, c.var.principal, c.req.param("id"), parseIfMatch(c.req.header("If-Match")), input);
    return outcome.kind === "requested" ? c.json(outcome.request, 202) : configReply(c, outcome.config, 201);
  });

  app.delete("/flow-configs/:id/scheduled-changes/:changeId", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await removeScheduledChange(deps, c.var.principal, c.req.param("id"), expected, c.req.param("changeId")));
  });

  app.get("/flow-configs/:id/change-requests", async (c) => c.json({ items: await listChangeRequests(deps, c.var.principal, c.req.param("id")) }));

  app.post("/flow-configs/:id/change-requests/:requestId/approve", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await approveChangeRequest(deps, c.var.principal, c.req.param("id"), expected, c.req.param("requestId")));
  });

  app.post("/flow-configs/:id/change-requests/:requestId/reject", async (c) => {
    const { reason } = parseBody(RejectChangeRequestSchema, await readJson(c));
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await rejectChangeRequest(deps, c.var.principal, c.req.param("id"), expected, c.req.param("requestId"), reason));
  });

  app.post("/flow-configs/:id/quick-actions/:name", async (c) => configReply(c, await runQuickAction(deps, c.var.principal, c.req.param("id"), c.req.param("name"))));
}
