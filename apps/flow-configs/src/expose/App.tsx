import { createFlowConfigsClient } from "@flow-configs/api-client";
import { useSession } from "@flow-configs/auth";
import type { ModuleComponent, ModuleProps } from "@flow-configs/module-contract";
import { useMemo, useState } from "react";
import { createQueryClient } from "../api/query-client";
import { FlowConfigsRoot } from "./flow-configs-context";
import { FlowConfigsRoutes } from "./flow-configs-routes";
import type { FlowConfigsContextValue } from "./flow-configs-context";
import { roleOf } from "./role";

/** The part of the shell's module props these pages use (the standalone page gives just these). */
export type FlowConfigsAppProps = Pick<ModuleProps, "session" | "apiUrl" | "basePath">;

/** The Flow Configs module: its routes, relative to the route the shell gives it. */
function FlowConfigsApp({ session, apiUrl, basePath }: FlowConfigsAppProps) {
  const { groups } = useSession(session);
  // One cache for the module's lifetime: every page reads and invalidates the same answers.
  const [queryClient] = useState(createQueryClient);
  // The error boundary around the module shows this: a module entry without its API is a deployment mistake.
  if (!apiUrl) throw new Error("The Flow Configs module entry in /config.json has no apiUrl");
  const client = useMemo(
    () => createFlowConfigsClient({ baseUrl: apiUrl, getIdToken: () => session.getIdToken() }),
    [apiUrl, session],
  );
  const context = useMemo<FlowConfigsContextValue>(
    () => ({ client, session, basePath: basePath.replace(/\/+$/, ""), role: roleOf(groups) }),
    [client, session, basePath, groups],
  );

  return (
    <FlowConfigsRoot queryClient={queryClient} value={context}>
      <FlowConfigsRoutes />
    </FlowConfigsRoot>
  );
}

export default FlowConfigsApp satisfies ModuleComponent;
