/**
 * Never called. Cloudscape keeps its React contexts in internal modules that each build bundles, so a
 * remote's component inside the shell's layout can lose its link to them. The shell therefore provides
 * (as shared singletons) every Cloudscape component the remotes' exposed modules use, and the remotes
 * reuse these copies. The federation runtime loads every provided component at start, so the list is
 * exactly what the remotes use (test/provided-cloudscape.test.ts keeps it in step with apps/), not more.
 */
export const providedCloudscapeComponents = [
  () => import("@cloudscape-design/components/alert"),
  () => import("@cloudscape-design/components/attribute-editor"),
  () => import("@cloudscape-design/components/badge"),
  () => import("@cloudscape-design/components/box"),
  () => import("@cloudscape-design/components/breadcrumb-group"),
  () => import("@cloudscape-design/components/button"),
  () => import("@cloudscape-design/components/column-layout"),
  () => import("@cloudscape-design/components/container"),
  () => import("@cloudscape-design/components/content-layout"),
  () => import("@cloudscape-design/components/flashbar"),
  () => import("@cloudscape-design/components/form"),
  () => import("@cloudscape-design/components/form-field"),
  () => import("@cloudscape-design/components/header"),
  () => import("@cloudscape-design/components/input"),
  () => import("@cloudscape-design/components/link"),
  () => import("@cloudscape-design/components/modal"),
  () => import("@cloudscape-design/components/pagination"),
  () => import("@cloudscape-design/components/progress-bar"),
  () => import("@cloudscape-design/components/select"),
  () => import("@cloudscape-design/components/space-between"),
  () => import("@cloudscape-design/components/spinner"),
  () => import("@cloudscape-design/components/status-indicator"),
  () => import("@cloudscape-design/components/table"),
  () => import("@cloudscape-design/components/tabs"),
  () => import("@cloudscape-design/components/text-filter"),
  () => import("@cloudscape-design/components/textarea"),
  () => import("@cloudscape-design/components/toggle"),
  () => import("@cloudscape-design/components/token-group"),
];
