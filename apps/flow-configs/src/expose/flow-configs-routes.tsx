import { Route, Routes } from "react-router";
import { ConfigCreatePage } from "../pages/config-create";
import { ConfigEditPage } from "../pages/config-edit";
import { ConfigListPage } from "../pages/config-list";

/** The module's pages, relative to the route the shell mounts it at. */
export function FlowConfigsRoutes() {
  return (
    <Routes>
      <Route index element={<ConfigListPage />} />
      <Route path="new" element={<ConfigCreatePage />} />
      <Route path=":configId/shape" element={<ConfigCreatePage />} />
      <Route path=":configId" element={<ConfigEditPage />} />
    </Routes>
  );
}
