import type { Logger } from "@aws-lambda-powertools/logger";
import { DomainError, LIMITS, officeRowsToCsv, type FlowConfig } from "@flow-configs/model";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { cloneConfigAs } from "#domain/clone-config";
import { exportConfigs, importConfigs } from "#domain/export-import";
import { addListEntries, removeListEntries } from "#domain/list-entries";
import { exportOfficesCsv, importOfficesCsv } from "#domain/offices-csv";
import { configHistory, previewForUser, readConfig } from "#domain/read-config";
import { readVersion, restoreConfig } from "#domain/restore-config";
import { listConfigs } from "#domain/list-configs";
import type { UseCaseDeps } from "#domain/use-case-deps";
import { createConfig, deleteConfig, replaceConfig, updateValues } from "#domain/write-config";
import type { Principal } from "#ports/authorizer";
import type { TokenVerifier } from "#ports/token-verifier";
import { errorResponse } from "./error-response";
import { etagOf, parseIfMatch } from "./if-match";
import { openApiDocument } from "./openapi";
import { registerSafeChangeRoutes } from "./safe-change-routes";

export interface ApiAppDeps extends UseCaseDeps {
  verifier: TokenVerifier;
  logger: Logger;
  /** Origins allowed to call the API from a browser (the shell and remotes); none: no CORS headers. */
  corsAllowedOrigins?: readonly string[];
}

type ApiEnv = { Variables: { principal: Principal } };

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") throw DomainError.invalid([{ path: "(body)", message: "is required: send a JSON object" }]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw DomainError.invalid([{ path: "(body)", message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

function configReply(c: Context, config: FlowConfig, status: 200 | 201 = 200) {
  c.header("ETag", etagOf(config.version));
  return c.json(config, status);
}

const CSV = "text/csv; charset=utf-8";

/** Bulk bodies (an export document, a CSV of 1500 offices) may be larger than one config: up to Lambda's payload limit. */
const BULK_BODY_BYTES = 6 * 1024 * 1024;
const isBulkPath = (path: string) => path === "/flow-configs/import" || path.endsWith("/instances.csv");

/**
 * The REST API of DESIGN.md, issue 5 (clone, restore, versions, import/export, list entries) and issue 6
 * (template instances, offices CSV). Handlers only translate HTTP to the use
 * cases in `src/domain` and back; every error becomes a status in `errorResponse`.
 */
export function createApiApp(deps: ApiAppDeps): Hono<ApiEnv> {
  const { verifier, logger } = deps;
  const app = new Hono<ApiEnv>();
  const openApi = openApiDocument();

  if (deps.corsAllowedOrigins && deps.corsAllowedOrigins.length > 0) {
    app.use(
      "*",
      cors({
        origin: [...deps.corsAllowedOrigins],
        allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allowHeaders: ["Authorization", "If-Match", "Content-Type"],
        exposeHeaders: ["ETag"],
        maxAge: 600,
      }),
    );
  }

  app.use(
    "*",
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          { code: "MethodNotAllowed", message: `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(", ")}` },
          405,
          { Allow: methods.join(", ") },
        ),
    }),
  );

  app.get("/openapi.json", (c) => c.json(openApi));

  const authenticate = async (c: Context<ApiEnv>, next: () => Promise<void>) => {
    const header = c.req.header("Authorization") ?? "";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) {
      c.header("WWW-Authenticate", "Bearer");
      throw new DomainError("Unauthorized", "Authorization: send a bearer token (a Cognito ID token)");
    }
    c.set("principal", await verifier.verify(token));
    await next();
  };
  const limitConfigBody = bodyLimit({
    maxSize: LIMITS.itemBytes,
    onError: (c) =>
      c.json({ code: "TooLarge", message: `(body): over ${LIMITS.itemBytes} bytes, DynamoDB's item limit` }, 413),
  });
  const limitBulkBody = bodyLimit({
    maxSize: BULK_BODY_BYTES,
    onError: (c) => c.json({ code: "TooLarge", message: `(body): over ${BULK_BODY_BYTES} bytes; split the file` }, 413),
  });
  const limitBody = (c: Context<ApiEnv>, next: () => Promise<void>) => (isBulkPath(c.req.path) ? limitBulkBody : limitConfigBody)(c, next);
  for (const path of ["/flow-configs", "/flow-configs/*"]) app.use(path, authenticate, limitBody);

  app.get("/flow-configs", async (c) => {
    const { limit, cursor, q, templateId } = c.req.query();
    return c.json(await listConfigs(deps, c.var.principal, { limit, cursor, q, templateId }));
  });

  // Before /flow-configs/:id, so that these names are routes, not config ids
  app.get("/flow-configs/export", async (c) => {
    c.header("Content-Disposition", 'attachment; filename="flow-configs-export.json"');
    return c.json(await exportConfigs(deps, c.var.principal, c.req.query("ids")));
  });

  app.post("/flow-configs/import", async (c) => c.json(await importConfigs(deps, c.var.principal, await readJson(c), c.req.query("mode"))));

  app.post("/flow-configs", async (c) => {
    const config = await createConfig(deps, c.var.principal, await readJson(c));
    c.header("Location", `/flow-configs/${encodeURIComponent(config.id)}`);
    return configReply(c, config, 201);
  });

  app.get("/flow-configs/:id", async (c) => configReply(c, await readConfig(deps, c.var.principal, c.req.param("id"))));

  app.put("/flow-configs/:id", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await replaceConfig(deps, c.var.principal, c.req.param("id"), expected, await readJson(c)));
  });

  app.delete("/flow-configs/:id", async (c) => {
    await deleteConfig(deps, c.var.principal, c.req.param("id"), parseIfMatch(c.req.header("If-Match")));
    return c.body(null, 204);
  });

  app.patch("/flow-configs/:id/values", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    const outcome = await updateValues(deps, c.var.principal, c.req.param("id"), expected, await readJson(c));
    return outcome.kind === "requested" ? c.json(outcome.request, 202) : configReply(c, outcome.config);
  });

  app.get("/flow-configs/:id/history", async (c) =>
    c.json({ items: await configHistory(deps, c.var.principal, c.req.param("id")) }),
  );

  // No ETag: a snapshot is not something to write back over the current version
  app.get("/flow-configs/:id/history/:version", async (c) =>
    c.json(await readVersion(deps, c.var.principal, c.req.param("id"), c.req.param("version"))),
  );

  app.post("/flow-configs/:id/clone", async (c) => {
    const config = await cloneConfigAs(deps, c.var.principal, c.req.param("id"), await readJson(c));
    c.header("Location", `/flow-configs/${encodeURIComponent(config.id)}`);
    return configReply(c, config, 201);
  });

  app.post("/flow-configs/:id/restore", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await restoreConfig(deps, c.var.principal, c.req.param("id"), expected, await readJson(c)));
  });

  app.post("/flow-configs/:id/entries", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await addListEntries(deps, c.var.principal, c.req.param("id"), expected, await readJson(c)));
  });

  app.delete("/flow-configs/:id/entries", async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    return configReply(c, await removeListEntries(deps, c.var.principal, c.req.param("id"), expected, await readJson(c)));
  });

  app.get("/flow-configs/:id/instances.csv", async (c) => {
    const templateId = c.req.param("id");
    c.header("Content-Disposition", `attachment; filename="${templateId}-instances.csv"`);
    return c.body(await exportOfficesCsv(deps, c.var.principal, templateId), 200, { "Content-Type": CSV });
  });

  app.post("/flow-configs/:id/instances.csv", async (c) => {
    const { mode, format } = c.req.query();
    const rows = await importOfficesCsv(deps, c.var.principal, c.req.param("id"), await c.req.text(), mode);
    if (format === "csv") return c.body(officeRowsToCsv(rows), 200, { "Content-Type": CSV });
    return c.json({ rows });
  });

  app.get("/flow-configs/:id/preview", async (c) => {
    const { lang, channel, at } = c.req.query();
    return c.json(await previewForUser(deps, c.var.principal, c.req.param("id"), { lang, channel, at }));
  });

  registerSafeChangeRoutes(app, deps, readJson);

  app.notFound((c) => c.json({ code: "NotFound", message: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) logger.error("request failed", { method: c.req.method, path: c.req.path, error });
    else logger.info("request refused", { method: c.req.method, path: c.req.path, status, code: body.code });
    return c.json(body, status);
  });

  return app;
}
