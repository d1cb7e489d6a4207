import { Suspense, useState } from "react";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { AdminModule } from "@flow-configs/model/runtime";
import { RemoteModuleBoundary } from "./remote-module-boundary";
import type { RemoteModuleProps } from "./remote-module-props";
import { reloadRemoteComponent, remoteComponent } from "./remote-module-registry";

interface Props extends Omit<RemoteModuleProps, "basePath"> {
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
        <RemoteComponent {...props} basePath={module.route} />
      </Suspense>
    </RemoteModuleBoundary>
  );
}
