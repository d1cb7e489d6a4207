/** Where the shell's page may reach: each a list of origins (`https://…`) besides its own. */
export interface ContentSecurityPolicySources {
  /** Remote modules' origins: their scripts and chunks (on the site's own origin in AWS). */
  remotes: readonly string[];
  /** REST APIs the shell and modules call. */
  apis: readonly string[];
  /** The identity provider's endpoints the sign-in calls (Cognito Hosted UI and cognito-idp; the local IdP). */
  auth: readonly string[];
  /** Pages that may frame the site: the Connect agent workspace. */
  frameAncestors: readonly string[];
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The shell's Content-Security-Policy, one string for CloudFront (infra) and the e2e test that runs the
 * built shell and module under it. `style-src 'unsafe-inline'`: Cloudscape sets inline styles.
 */
export function contentSecurityPolicy(sources: ContentSecurityPolicySources): string {
  const directives: Array<[string, readonly string[]]> = [
    ["default-src", ["'self'"]],
    ["script-src", unique(["'self'", ...sources.remotes])],
    ["style-src", unique(["'self'", "'unsafe-inline'", ...sources.remotes])],
    ["img-src", unique(["'self'", "data:", ...sources.remotes])],
    ["font-src", unique(["'self'", "data:", ...sources.remotes])],
    ["connect-src", unique(["'self'", ...sources.apis, ...sources.auth, ...sources.remotes])],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", unique(["'self'", ...sources.auth])],
    ["frame-ancestors", sources.frameAncestors.length > 0 ? sources.frameAncestors : ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}
