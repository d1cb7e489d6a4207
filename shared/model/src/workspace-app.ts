/**
 * How the Amazon Connect agent workspace frames the "Flow Configs" app: one fact, read by infra's
 * AppIntegrations application and by the local workspace page, so both frame the shell alike.
 */
export const WORKSPACE_APP = {
  name: "Flow Configs",
  /** Only what the shell uses: `agent/getName` needs `User.Details.View`. */
  permissions: ["User.Details.View"],
  /** Connect's default sandbox, plus downloads for the JSON and CSV exports. */
  sandbox: ["allow-forms", "allow-popups", "allow-same-origin", "allow-scripts", "allow-downloads"],
  /** Iframe `allow` features. */
  allow: ["clipboard-write"],
} as const;
