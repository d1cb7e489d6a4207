import type { Session } from "@flow-configs/auth";
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { FlowConfigsContext } from "../src/expose/flow-configs-context";
import { FlowConfigsRoutes } from "../src/expose/flow-configs-routes";
import { roleOf } from "../src/expose/role";
import { createQueryClient } from "../src/api/query-client";
import type { InMemoryClient } from "./in-memory-client";

/** Where the router is now, for assertions on navigation. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

/**
 * The module's routes mounted at /flow-configs as the shell mounts them, on `path`, with a fresh cache that
 * does not retry by itself: a test's one failure shows as the page's failure.
 */
export function renderModule(path: string, client: InMemoryClient, session: Session) {
  return render(
    <QueryClientProvider client={createQueryClient({ loadRetries: 0 })}>
      <MemoryRouter initialEntries={[path]}>
        <FlowConfigsContext.Provider value={{ client, session, basePath: "/flow-configs", role: roleOf(session.groups) }}>
          <Routes>
            <Route path="/flow-configs/*" element={<FlowConfigsRoutes />} />
          </Routes>
          <LocationProbe />
        </FlowConfigsContext.Provider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
