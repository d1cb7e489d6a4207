import { createFlowConfigsClient } from "@flow-configs/api-client";
import type { Session } from "@flow-configs/auth";
import { useSession } from "@flow-configs/auth";
import { QueryClientProvider } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { createQueryClient } from "../api/query-client";
import { FlowConfigsContext } from "./flow-configs-context";
import { FlowConfigsRoutes } from "./flow-configs-routes";
import type { FlowConfigsContextValue } from "./flow-configs-context";
import { roleOf } from "./role";

export interface FlowConfigsAppProps {
  session: Session;
  /** The REST API's base URL. */
  apiUrl: string;
  /** Where the shell mounts the module, e.g. `/flow-configs`. */
  basePath: string;
  /** The Connect workspace context when the shell runs inside the agent workspace; unused by these pages. */
  workspace?: unknown;
}

/** The Flow Configs module: its routes, relative to the route the shell gives it. */
export default function FlowConfigsApp({ session, apiUrl, basePath }: FlowConfigsAppProps) {
  const { groups } = useSession(session);
  // One cache for the module's lifetime: every page reads and invalidates the same answers.
  const [queryClient] = useState(createQueryClient);
  const client = useMemo(
    () => createFlowConfigsClient({ baseUrl: apiUrl, getIdToken: () => session.getIdToken() }),
    [apiUrl, session],
  );
  const context = useMemo<FlowConfigsContextValue>(
    () => ({ client, session, basePath: basePath.replace(/\/+$/, ""), role: roleOf(groups) }),
    [client, session, basePath, groups],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <FlowConfigsContext.Provider value={context}>
        <FlowConfigsRoutes />
      </FlowConfigsContext.Provider>
    </QueryClientProvider>
  );
}
