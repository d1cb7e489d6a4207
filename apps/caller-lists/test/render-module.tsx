import type { Session } from "@flow-configs/auth";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { CallerListsContext } from "../src/expose/caller-lists-context";
import { CallerListsRoutes } from "../src/expose/caller-lists-routes";
import { roleOf } from "../src/expose/role";
import type { InMemoryClient } from "./in-memory-client";

/** The module's routes mounted at /caller-lists as the shell mounts them, on `path`, with a fresh query cache. */
export function renderModule(path: string, client: InMemoryClient, session: Session) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <CallerListsContext.Provider value={{ client, basePath: "/caller-lists", role: roleOf(session.groups) }}>
          <Routes>
            <Route path="/caller-lists/*" element={<CallerListsRoutes />} />
          </Routes>
        </CallerListsContext.Provider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
