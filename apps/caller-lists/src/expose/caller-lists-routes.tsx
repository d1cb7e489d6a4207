import { Route, Routes } from "react-router";
import { ListEntriesPage } from "../pages/list-entries";
import { ListsPage } from "../pages/lists";

/** The module's pages, relative to where the shell mounts it. */
export function CallerListsRoutes() {
  return (
    <Routes>
      <Route index element={<ListsPage />} />
      <Route path=":listId" element={<ListEntriesPage />} />
    </Routes>
  );
}
