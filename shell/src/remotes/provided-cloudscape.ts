/**
 * Cloudscape keeps its React contexts in internal modules that each build bundles, so a remote's component
 * inside the shell's layout can lose its link to them. The shell therefore provides (as shared singletons)
 * every Cloudscape component the remotes use, and the remotes' production builds consume only these copies.
 * vite.config.ts lists each one in `shared` without importing it, so a component loads the first time a
 * remote asks for it, not at start. test/provided-cloudscape.test.ts keeps the list in step with apps/.
 */
export const providedCloudscapeComponents = [
  "@cloudscape-design/components/alert",
  "@cloudscape-design/components/attribute-editor",
  "@cloudscape-design/components/badge",
  "@cloudscape-design/components/box",
  "@cloudscape-design/components/breadcrumb-group",
  "@cloudscape-design/components/button",
  "@cloudscape-design/components/button-dropdown",
  "@cloudscape-design/components/column-layout",
  "@cloudscape-design/components/container",
  "@cloudscape-design/components/content-layout",
  "@cloudscape-design/components/copy-to-clipboard",
  "@cloudscape-design/components/expandable-section",
  "@cloudscape-design/components/file-upload",
  "@cloudscape-design/components/flashbar",
  "@cloudscape-design/components/form",
  "@cloudscape-design/components/form-field",
  "@cloudscape-design/components/header",
  "@cloudscape-design/components/input",
  "@cloudscape-design/components/link",
  "@cloudscape-design/components/modal",
  "@cloudscape-design/components/pagination",
  "@cloudscape-design/components/progress-bar",
  "@cloudscape-design/components/segmented-control",
  "@cloudscape-design/components/select",
  "@cloudscape-design/components/space-between",
  "@cloudscape-design/components/spinner",
  "@cloudscape-design/components/status-indicator",
  "@cloudscape-design/components/table",
  "@cloudscape-design/components/tabs",
  "@cloudscape-design/components/text-filter",
  "@cloudscape-design/components/textarea",
  "@cloudscape-design/components/toggle",
  "@cloudscape-design/components/token-group",
];
