import type { Session } from "@flow-configs/auth";
import { isNetworkError } from "@flow-configs/api-client";
import { useSession } from "@flow-configs/auth";
import { QueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { createCallerListsClient } from "../api/caller-lists-client";
import { CallerListsRoot, type CallerListsContextValue } from "./caller-lists-context";
import { CallerListsRoutes } from "./caller-lists-routes";
import { roleOf } from "./role";

/** What the shell hands the module (its props surface): the session, this module's API URL, its route. */
export interface CallerListsModuleProps {
  session: Session;
  /** The Caller Lists API's base URL: the module entry's `apiUrl`, else the suite's API (the local stack serves both). */
  apiUrl: string;
  /** Where the shell mounts the module, e.g. `/caller-lists`. */
  basePath: string;
  /** The Connect workspace context inside the agent workspace; these pages do not use it. */
  workspace?: unknown;
}

/** The Caller Lists module: block, allow and VIP lists of caller numbers. */
export default function CallerListsModule({ session, apiUrl, basePath }: CallerListsModuleProps) {
  const { groups } = useSession(session);
  // One cache per mounted module: leaving and coming back keeps what was loaded. A load is tried once more
  // only after a network failure (a 4xx says the same again); a write is never repeated behind the user's back.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: (failures, error) => failures < 1 && isNetworkError(error), staleTime: 10_000 }, mutations: { retry: false } },
      }),
  );
  const client = useMemo(() => createCallerListsClient({ baseUrl: apiUrl, getIdToken: () => session.getIdToken() }), [apiUrl, session]);
  const context = useMemo<CallerListsContextValue>(
    () => ({ client, basePath: basePath.replace(/\/+$/, ""), role: roleOf(groups) }),
    [client, basePath, groups],
  );
  return (
    <CallerListsRoot queryClient={queryClient} value={context}>
      <CallerListsRoutes />
    </CallerListsRoot>
  );
}
