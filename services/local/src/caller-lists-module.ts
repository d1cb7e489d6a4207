import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CALLER_LISTS_ROUTE, callerListsModuleEntry } from "@flow-configs/caller-lists-service/module-entry";
import { Hono } from "hono";
import { fromProxyResult, toProxyEvent, type ProxyHandler } from "./api-gateway-proxy";
import { lambdaContext } from "./lambda-context";
import type { LocalFunction } from "./lambda-invoke-routes";
import { seedCallerListsWhenEmpty } from "./seed/caller-lists";

// The Caller Lists module in the local stack, kept in this one file: its table, its API under
// /caller-lists on the local API server, checkCallerList on the Lambda endpoint, its remote's web server.

export const CALLER_LISTS_TABLE_NAME = "caller-lists";
/** The Caller Lists remote's port; `REMOTE_CALLER_LISTS_PORT` moves it (e2e: `E2E_CALLER_LISTS_REMOTE_PORT`). */
export const DEFAULT_CALLER_LISTS_REMOTE_PORT = 5176;

/** What the module's handlers read from the environment (the rest they share with Flow Configs'). */
export const callerListsEnvironment = () => ({ CALLER_LISTS_TABLE_NAME });

/** The shell's runtime-config entry for the local module: its remote on its port, its API on the local API server. */
export const localCallerListsModuleEntry = (input: { remoteUrl: string; apiUrl: string }) =>
  callerListsModuleEntry({ remoteEntry: `${input.remoteUrl}/remoteEntry.js`, apiUrl: input.apiUrl });

/** `/caller-lists` and below, sent to the module's API Lambda as API Gateway would; 503 until it is loaded. */
export function callerListsApiRoutes(handler: () => ProxyHandler | undefined, region: string): Hono {
  const app = new Hono();
  for (const path of [CALLER_LISTS_ROUTE, `${CALLER_LISTS_ROUTE}/*`]) {
    app.all(path, async (c) => {
      const apiHandler = handler();
      if (!apiHandler) return c.json({ code: "Unavailable", message: "The local Caller Lists API is still starting" }, 503);
      return fromProxyResult(await apiHandler(await toProxyEvent(c.req.raw, "127.0.0.1"), lambdaContext("CallerLists-api", region)));
    });
  }
  return app;
}

export interface CallerListsHandlers {
  api: ProxyHandler;
  checkCallerList: LocalFunction;
  /** Lists the seed wrote on this start. */
  seeded: string[];
}

/** Loads the handlers (after the environment is set), creates the table and seeds it on first start. */
export async function startCallerLists(client: DynamoDBClient): Promise<CallerListsHandlers> {
  const [{ createCallerListTable }, { DynamoDbCallerListStore }, api, check] = await Promise.all([
    import("@flow-configs/caller-lists-service/adapters/caller-list-table"),
    import("@flow-configs/caller-lists-service/adapters/dynamodb-caller-list-store"),
    import("@flow-configs/caller-lists-service/handlers/api"),
    import("@flow-configs/caller-lists-service/handlers/check-caller-list"),
  ]);
  await createCallerListTable(client, CALLER_LISTS_TABLE_NAME);
  const seeded = await seedCallerListsWhenEmpty(new DynamoDbCallerListStore(client, CALLER_LISTS_TABLE_NAME));
  return { api: api.handler, checkCallerList: check.handler, seeded };
}
