import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { ListsPage } from "../pages/lists";

// The lists are the first view and ship in the entry chunk; a list's numbers (add, paste, CSV) load when first opened.
const ListEntriesPage = lazy(() => import("../pages/list-entries").then((page) => ({ default: page.ListEntriesPage })));

/** The module's pages, relative to where the shell mounts it. */
export function CallerListsRoutes() {
  return (
    <Suspense fallback={<StatusIndicator type="loading">Loading the page</StatusIndicator>}>
      <Routes>
        <Route index element={<ListsPage />} />
        <Route path=":listId" element={<ListEntriesPage />} />
      </Routes>
    </Suspense>
  );
}
