import { Suspense, useState } from "react";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { AdminModule } from "@flow-configs/model/runtime";
import type { ModuleProps } from "@flow-configs/module-contract";
import { MODULE_THEME } from "./module-theme";
import { RemoteModuleBoundary } from "./remote-module-boundary";
import { reloadRemoteComponent, remoteComponent } from "./remote-module-registry";

interface Props extends Pick<ModuleProps, "session" | "workspace" | "navigation"> {
  module: AdminModule;
}

/** Renders one admin module inside its error boundary, with a loading state while its code arrives. */
export function RemoteModuleView({ module, ...props }: Props) {
  const [RemoteComponent, setRemoteComponent] = useState(() => remoteComponent(module));
  return (
    <RemoteModuleBoundary
      key={module.id}
      title={module.title}
      onRetry={() => setRemoteComponent(() => reloadRemoteComponent(module))}
    >
      <Suspense fallback={<StatusIndicator type="loading">Loading {module.title}</StatusIndicator>}>
        <RemoteComponent {...props} apiUrl={module.apiUrl} basePath={module.route} theme={MODULE_THEME} />
      </Suspense>
    </RemoteModuleBoundary>
  );
}
