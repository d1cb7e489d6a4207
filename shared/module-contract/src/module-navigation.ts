/** A module the signed-in user may open, as the shell's navigation lists it. */
export interface SuiteModuleLink {
  readonly id: string;
  readonly title: string;
  readonly route: string;
}

/**
 * The suite's navigation as a module sees it. Inside its `basePath` a module routes with React Router (the
 * shell's copy, shared, so `<Routes>`, `<Link>` and `useNavigate` work relative to where it is mounted).
 */
export interface ModuleNavigation {
  /** Every module this user may open, this one included, in navigation order. */
  readonly modules: readonly SuiteModuleLink[];
  /** Goes to any page of the suite: `/` (the home page) or another module's route and path below it. */
  navigate(path: string): void;
}
