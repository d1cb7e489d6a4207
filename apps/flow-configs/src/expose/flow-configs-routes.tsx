import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { lazy, Suspense } from "react";
import { Route, Routes, useParams } from "react-router";
import { ConfigListPage } from "../pages/config-list";
import { useFocusHeadingOnNavigate } from "./use-focus-heading-on-navigate";

// The list is the first view and ships in the entry chunk; every other page loads when first opened.
const ConfigCreatePage = lazy(() => import("../pages/config-create").then((page) => ({ default: page.ConfigCreatePage })));
const ConfigEditPage = lazy(() => import("../pages/config-edit").then((page) => ({ default: page.ConfigEditPage })));
const ConfigHistoryPage = lazy(() =>
  import("../pages/config-history").then((page) => ({ default: page.ConfigHistoryPage })),
);
const ConfigImportPage = lazy(() => import("../pages/config-import").then((page) => ({ default: page.ConfigImportPage })));
const ListEntriesPage = lazy(() => import("../pages/list-entries").then((page) => ({ default: page.ListEntriesPage })));
const OfficeCreatePage = lazy(() => import("../pages/office-create").then((page) => ({ default: page.OfficeCreatePage })));
const OfficesCsvPage = lazy(() => import("../pages/offices-csv").then((page) => ({ default: page.OfficesCsvPage })));

/** A fresh page per config: going from one config to another (after a clone) starts over, with the new page's flash. */
function ConfigEditPagePerConfig() {
  const { configId } = useParams();
  return <ConfigEditPage key={configId} />;
}

/** The module's pages, relative to the route the shell mounts it at. */
export function FlowConfigsRoutes() {
  useFocusHeadingOnNavigate();
  return (
    <Suspense fallback={<StatusIndicator type="loading">Loading the page</StatusIndicator>}>
      <Routes>
        <Route index element={<ConfigListPage />} />
        <Route path="new" element={<ConfigCreatePage />} />
        <Route path="import" element={<ConfigImportPage />} />
        <Route path=":configId/shape" element={<ConfigCreatePage />} />
        <Route path=":configId/history" element={<ConfigHistoryPage />} />
        <Route path=":configId/entries" element={<ListEntriesPage />} />
        <Route path=":configId/new-office" element={<OfficeCreatePage />} />
        <Route path=":configId/offices" element={<OfficesCsvPage />} />
        <Route path=":configId" element={<ConfigEditPagePerConfig />} />
      </Routes>
    </Suspense>
  );
}
