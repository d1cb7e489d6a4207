import type { Logger } from "@aws-lambda-powertools/logger";
import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, LIMITS, officeRowsToCsv, type FlowConfig } from "@flow-configs/model";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { cloneConfigAs } from "#domain/clone-config";
import { exportConfigs, importConfigs } from "#domain/export-import";
import { addListEntries, removeListEntries } from "#domain/list-entries";
import { exportOfficesCsv, importOfficesCsv } from "#domain/offices-csv";
import { configHistory } from "#domain/config-history";
import { previewForUser, readConfig } from "#domain/read-config";
import { readVersion, restoreConfig } from "#domain/restore-config";
import { listConfigs } from "#domain/list-configs";
import { approveChangeRequest, listChangeRequests, rejectChangeRequest } from "#domain/change-requests";
import { runQuickAction } from "#domain/quick-actions";
import { removeScheduledChange, scheduleChange } from "#domain/scheduled-changes";
import { readConfigUsage, readUsageSummary } from "#domain/config-usage";
import type { UseCaseDeps } from "#domain/use-case-deps";
import { replaceLookupKeys } from "#domain/lookup-keys";
import { createConfig, deleteConfig, replaceConfig, updateValues } from "#domain/write-config";
import type { Principal } from "#ports/authorizer";
import type { TokenVerifier } from "#ports/token-verifier";
import { attachment } from "./content-disposition";
import { apiErrorHandler } from "./error-response";
import { etagOf, parseIfMatch } from "./if-match";
import { isForced } from "./request-schemas";
import { OPENAPI_DOCUMENT, ROUTES } from "./routes";
import { refuseInvalid } from "./validation-issues";

export interface ApiAppDeps extends UseCaseDeps {
  verifier: TokenVerifier;
  logger: Logger;
  /** Origins allowed to call the API from a browser (the shell and remotes); none: no CORS headers. */
  corsAllowedOrigins?: readonly string[];
}

type ApiEnv = { Variables: { principal: Principal } };

/** A config reply carries its version as the ETag, for the next write's `If-Match`. */
function withEtag(c: Context, config: FlowConfig): FlowConfig {
  c.header("ETag", etagOf(config.version));
  return config;
}

const CSV = "text/csv; charset=utf-8";

/** Bulk bodies (an export document, a CSV of 1500 offices) may be larger than one config: up to Lambda's payload limit. */
const BULK_BODY_BYTES = 6 * 1024 * 1024;
const isBulkPath = (path: string) => path === "/flow-configs/import" || path.endsWith("/instances.csv");

/**
 * The REST API of DESIGN.md, its routes declared in `routes.ts`. Handlers only translate HTTP to the use
 * cases in `src/domain` and back; every error becomes a status in `errorResponse`.
 */
export function createApiApp(deps: ApiAppDeps): OpenAPIHono<ApiEnv> {
  const { verifier, logger } = deps;
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: refuseInvalid });

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
  // Configs, history and exports are never kept by a browser or proxy cache: the next reader may be someone else.
  const noStore = async (c: Context<ApiEnv>, next: () => Promise<void>) => {
    await next();
    c.header("Cache-Control", "no-store");
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
  for (const path of ["/flow-configs", "/flow-configs/*"]) app.use(path, noStore, authenticate, limitBody);

  app.openapi(ROUTES.listConfigs, async (c) => c.json(await listConfigs(deps, c.var.principal, c.req.valid("query")), 200));

  app.openapi(ROUTES.exportConfigs, async (c) => {
    const document = await exportConfigs(deps, c.var.principal, c.req.valid("query").ids);
    c.header("Content-Disposition", attachment("flow-configs-export.json"));
    return c.json(document, 200);
  });

  app.openapi(ROUTES.usageSummary, async (c) => c.json(await readUsageSummary(deps, c.var.principal, c.req.valid("query").ids), 200));

  app.openapi(ROUTES.importConfigs, async (c) =>
    c.json(await importConfigs(deps, c.var.principal, c.req.valid("json"), c.req.valid("query").mode), 200),
  );

  app.openapi(ROUTES.createConfig, async (c) => {
    const config = await createConfig(deps, c.var.principal, c.req.valid("json"));
    c.header("Location", `/flow-configs/${encodeURIComponent(config.id)}`);
    return c.json(withEtag(c, config), 201);
  });

  app.openapi(ROUTES.getConfig, async (c) => c.json(withEtag(c, await readConfig(deps, c.var.principal, c.req.valid("param").id)), 200));

  app.openapi(ROUTES.replaceConfig, async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    const force = isForced(c.req.valid("query"));
    const config = await replaceConfig(deps, c.var.principal, c.req.valid("param").id, expected, c.req.valid("json"), { force });
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.deleteConfig, async (c) => {
    const force = isForced(c.req.valid("query"));
    await deleteConfig(deps, c.var.principal, c.req.valid("param").id, parseIfMatch(c.req.header("If-Match")), { force });
    return c.body(null, 204);
  });

  app.openapi(ROUTES.updateValues, async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    const outcome = await updateValues(deps, c.var.principal, c.req.valid("param").id, expected, c.req.valid("json"));
    // On a config that requires approval the change waits for a second person: nothing a flow reads changed
    return outcome.kind === "requested" ? c.json(outcome.request, 202) : c.json(withEtag(c, outcome.config), 200);
  });

  app.openapi(ROUTES.configHistory, async (c) =>
    c.json(await configHistory(deps, c.var.principal, c.req.valid("param").id, c.req.valid("query")), 200),
  );

  // No ETag: a snapshot is not something to write back over the current version
  app.openapi(ROUTES.configVersion, async (c) => {
    const { id, version } = c.req.valid("param");
    return c.json(await readVersion(deps, c.var.principal, id, Number(version)), 200);
  });

  app.openapi(ROUTES.cloneConfig, async (c) => {
    const config = await cloneConfigAs(deps, c.var.principal, c.req.valid("param").id, c.req.valid("json"));
    c.header("Location", `/flow-configs/${encodeURIComponent(config.id)}`);
    return c.json(withEtag(c, config), 201);
  });

  app.openapi(ROUTES.restoreConfig, async (c) => {
    const config = await restoreConfig(deps, c.var.principal, c.req.valid("param").id, parseIfMatch(c.req.header("If-Match")), c.req.valid("json"));
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.replaceLookupKeys, async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    const config = await replaceLookupKeys(deps, c.var.principal, c.req.valid("param").id, expected, c.req.valid("json").lookupKeys);
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.addListEntries, async (c) => {
    const config = await addListEntries(deps, c.var.principal, c.req.valid("param").id, parseIfMatch(c.req.header("If-Match")), c.req.valid("json"));
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.removeListEntries, async (c) => {
    const config = await removeListEntries(deps, c.var.principal, c.req.valid("param").id, parseIfMatch(c.req.header("If-Match")), c.req.valid("json"));
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.exportOfficesCsv, async (c) => {
    const templateId = c.req.valid("param").id;
    const text = await exportOfficesCsv(deps, c.var.principal, templateId);
    return c.body(text, 200, { "Content-Type": CSV, "Content-Disposition": attachment(`${templateId}-instances.csv`) });
  });

  app.openapi(ROUTES.importOfficesCsv, async (c) => {
    const { mode, format, confirmStale } = c.req.valid("query");
    const confirmed = confirmStale?.split(",").map((id) => id.trim()).filter(Boolean);
    const rows = await importOfficesCsv(deps, c.var.principal, c.req.valid("param").id, await c.req.text(), { mode, confirmStale: confirmed });
    if (format === "csv") return c.body(officeRowsToCsv(rows), 200, { "Content-Type": CSV });
    return c.json({ rows }, 200);
  });

  app.openapi(ROUTES.previewConfig, async (c) =>
    c.json(await previewForUser(deps, c.var.principal, c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(ROUTES.configUsage, async (c) =>
    c.json(await readConfigUsage(deps, c.var.principal, c.req.valid("param").id, c.req.valid("query").refresh === "true"), 200),
  );

  app.openapi(ROUTES.scheduleChange, async (c) => {
    const expected = parseIfMatch(c.req.header("If-Match"));
    const outcome = await scheduleChange(deps, c.var.principal, c.req.valid("param").id, expected, c.req.valid("json"));
    return outcome.kind === "requested" ? c.json(outcome.request, 202) : c.json(withEtag(c, outcome.config), 201);
  });

  app.openapi(ROUTES.removeScheduledChange, async (c) => {
    const { id, changeId } = c.req.valid("param");
    const config = await removeScheduledChange(deps, c.var.principal, id, parseIfMatch(c.req.header("If-Match")), changeId);
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.listChangeRequests, async (c) =>
    c.json({ items: await listChangeRequests(deps, c.var.principal, c.req.valid("param").id) }, 200),
  );

  app.openapi(ROUTES.approveChangeRequest, async (c) => {
    const { id, requestId } = c.req.valid("param");
    const config = await approveChangeRequest(deps, c.var.principal, id, parseIfMatch(c.req.header("If-Match")), requestId);
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.rejectChangeRequest, async (c) => {
    const { id, requestId } = c.req.valid("param");
    const config = await rejectChangeRequest(deps, c.var.principal, id, parseIfMatch(c.req.header("If-Match")), requestId, c.req.valid("json").reason);
    return c.json(withEtag(c, config), 200);
  });

  app.openapi(ROUTES.runQuickAction, async (c) => {
    const { id, name } = c.req.valid("param");
    return c.json(withEtag(c, await runQuickAction(deps, c.var.principal, id, name)), 200);
  });

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A Cognito ID token",
  });
  // Built on first request, so the API's cold start does not pay for the document
  let openApi: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/openapi.json", (c) => c.json((openApi ??= app.getOpenAPI31Document(OPENAPI_DOCUMENT))));

  app.notFound((c) => c.json({ code: "NotFound", message: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.onError(apiErrorHandler(logger));

  return app;
}
