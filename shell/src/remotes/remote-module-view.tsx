import { Suspense, useState } from "react";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { AdminModule } from "@flow-configs/model/runtime";
import type { ModuleProps } from "@flow-configs/module-contract";
import { MODULE_THEME } from "./module-theme";
import { RemoteModuleBoundary } from "./remote-module-boundary";
import { reloadRemoteComponent, remoteComponent } from "./remote-module-registry";

/** The module props that are the same for every module: the session, the Connect workspace, the suite's navigation. */
export type SuiteProps = Pick<ModuleProps, "session" | "workspace" | "navigation">;

interface Props {
  module: AdminModule;
  suite: SuiteProps;
}

/** Renders one admin module inside its error boundary, with a loading state while its code arrives. */
export function RemoteModuleView({ module, suite }: Props) {
  const [RemoteComponent, setRemoteComponent] = useState(() => remoteComponent(module));
  return (
    <RemoteModuleBoundary
      key={module.id}
      title={module.title}
      onRetry={() => setRemoteComponent(() => reloadRemoteComponent(module))}
    >
      <Suspense fallback={<StatusIndicator type="loading">Loading {module.title}</StatusIndicator>}>
        <RemoteComponent {...suite} apiUrl={module.apiUrl} basePath={module.route} theme={MODULE_THEME} />
      </Suspense>
    </RemoteModuleBoundary>
  );
}
