/**
 * The React Router exports the shell shares with remotes. Shared modules are otherwise loaded whole, and all
 * of `react-router` (data routers, server rendering, RSC) is ~60 KB gzip on the first view; vite.config.ts
 * shares a tree-shaken build with just these. A consumer needing an export missing here would get the full
 * package as a second copy with its own contexts, so test/shared-react-router.test.ts keeps the list
 * covering every name shell/ and apps/ import.
 */
export const sharedReactRouterExports = [
  "BrowserRouter",
  "Link",
  "NavLink",
  "Navigate",
  "Outlet",
  "Route",
  "Routes",
  "useHref",
  "useInRouterContext",
  "useLocation",
  "useMatch",
  "useNavigate",
  "useOutletContext",
  "useParams",
  "useResolvedPath",
  "useSearchParams",
];
