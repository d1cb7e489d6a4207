import type { Logger } from "@aws-lambda-powertools/logger";
import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, formatPath } from "@flow-configs/model";
import { apiErrorHandler, errorResponse } from "@flow-configs/service/http/error-response";
import type { TokenVerifier } from "@flow-configs/service/ports/token-verifier";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Principal } from "#ports/authorizer";
import { exportEntriesCsv, importEntriesCsv } from "#use-cases/entries-csv";
import { addEntries, listEntries, removeEntries } from "#use-cases/manage-entries";
import { createList, deleteList, listLists, readList } from "#use-cases/manage-lists";
import type { UseCaseDeps } from "#use-cases/use-case-deps";
import * as routes from "./routes";

export interface ApiAppDeps extends UseCaseDeps {
  verifier: TokenVerifier;
  logger: Logger;
  /** Origins allowed to call the API from a browser (the shell and remotes); none: no CORS headers. */
  corsAllowedOrigins?: readonly string[];
}

type ApiEnv = { Variables: { principal: Principal } };

/** A CSV of 100 000 entries is ~5 MB: up to Lambda's payload limit. */
const BODY_BYTES = 6 * 1024 * 1024;
const CSV = "text/csv; charset=utf-8";

/**
 * The Caller Lists REST API (DESIGN.md § "The suite"). Every route is declared once in `routes.ts`; the
 * handlers translate HTTP to the use cases and back, every error becomes a status in `errorResponse`.
 */
export function createApiApp(deps: ApiAppDeps): OpenAPIHono<ApiEnv> {
  const { verifier, logger } = deps;
  const app = new OpenAPIHono<ApiEnv>({
    // A request that does not fit a route's schema is a 400 in the API's one error shape.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path) || "(body)", message: issue.message }));
      const { status, body } = errorResponse(DomainError.invalid(issues));
      return c.json(body, status);
    },
  });

  if (deps.corsAllowedOrigins && deps.corsAllowedOrigins.length > 0) {
    app.use(
      "*",
      cors({
        origin: [...deps.corsAllowedOrigins],
        allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type"],
        exposeHeaders: ["Content-Disposition"],
        maxAge: 600,
      }),
    );
  }

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  app.doc31("/caller-lists/openapi.json", { openapi: "3.1.0", info: { title: "Caller Lists API", version: "1" } });

  const authenticate = async (c: Context<ApiEnv>, next: () => Promise<void>) => {
    if (c.req.path === "/caller-lists/openapi.json") return next();
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "")?.[1];
    if (!token) {
      c.header("WWW-Authenticate", "Bearer");
      throw new DomainError("Unauthorized", "Authorization: send a bearer token (a Cognito ID token)");
    }
    c.set("principal", await verifier.verify(token));
    await next();
  };
  const limitBody = bodyLimit({
    maxSize: BODY_BYTES,
    onError: (c) => c.json({ code: "TooLarge", message: `(body): over ${BODY_BYTES} bytes; split the file` }, 413),
  });
  for (const path of ["/caller-lists", "/caller-lists/*"]) app.use(path, authenticate, limitBody);

  app.openapi(routes.listListsRoute, async (c) => c.json({ items: await listLists(deps, c.var.principal) }, 200));

  app.openapi(routes.createListRoute, async (c) => {
    const list = await createList(deps, c.var.principal, c.req.valid("json"));
    c.header("Location", `/caller-lists/${list.id}`);
    return c.json(list, 201);
  });

  app.openapi(routes.readListRoute, async (c) => c.json(await readList(deps, c.var.principal, c.req.valid("param").listId), 200));

  app.openapi(routes.deleteListRoute, async (c) => {
    await deleteList(deps, c.var.principal, c.req.valid("param").listId);
    return c.body(null, 204);
  });

  app.openapi(routes.listEntriesRoute, async (c) =>
    c.json(await listEntries(deps, c.var.principal, c.req.valid("param").listId, c.req.valid("query")), 200),
  );

  app.openapi(routes.addEntriesRoute, async (c) =>
    c.json(await addEntries(deps, c.var.principal, c.req.valid("param").listId, c.req.valid("json")), 200),
  );

  app.openapi(routes.removeEntriesRoute, async (c) =>
    c.json(await removeEntries(deps, c.var.principal, c.req.valid("param").listId, c.req.valid("json")), 200),
  );

  app.openapi(routes.exportEntriesRoute, async (c) => {
    const { listId } = c.req.valid("param");
    const text = await exportEntriesCsv(deps, c.var.principal, listId);
    return c.body(text, 200, { "Content-Type": CSV, "Content-Disposition": `attachment; filename="${listId}.csv"` });
  });

  app.openapi(routes.importEntriesRoute, async (c) => {
    const dryRun = c.req.valid("query").dryRun !== "false";
    return c.json(await importEntriesCsv(deps, c.var.principal, c.req.valid("param").listId, await c.req.text(), { dryRun }), 200);
  });

  app.notFound((c) => c.json({ code: "NotFound", message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError(apiErrorHandler(logger));
  return app;
}
