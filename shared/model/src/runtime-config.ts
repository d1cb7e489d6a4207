import { en } from "zod/locales";
import * as z from "zod/mini";

// zod/mini keeps the shell's first view small (the shell parses this at start); it brings no messages of its own
z.config(en());

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * One admin module the shell loads at run time (a Module Federation remote). Everything the shell knows
 * about a module is here: its name, where it lives, who may open it and which API it talks to.
 */
export const AdminModuleSchema = z.object({
  /** The remote's federation name, e.g. `flowConfigs`. */
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must be a federation name (letters, digits, _)")),
  /** Its name in the navigation. */
  title: nonEmpty(),
  /** The shell route the module owns, e.g. `/flow-configs`. */
  route: z.string().check(z.regex(/^\/[a-z0-9-]+$/, "must be a path such as /flow-configs")),
  /** URL of the remote's `remoteEntry.js`. */
  remoteEntry: nonEmpty(),
  /** The module the shell renders, as exposed by the remote. */
  exposedModule: z._default(z.string().check(z.regex(/^\.\/[A-Za-z0-9_/-]+$/, "must be an exposed path such as ./App")), "./App"),
  /** A user in any of these groups may open the module. */
  requiredGroups: z.array(nonEmpty()).check(z.minLength(1)),
  /** The base URL of the module's own API, handed to it as `apiUrl`; absent for a module without one. */
  apiUrl: z.optional(z.url()),
});

const CognitoAuthSchema = z.object({
  kind: z.literal("cognito"),
  region: nonEmpty(),
  userPoolId: nonEmpty(),
  userPoolClientId: nonEmpty(),
  /** The Hosted UI domain, without scheme: `<prefix>.auth.<region>.amazoncognito.com` or a custom domain. */
  domain: nonEmpty(),
  /** The federated identity provider's name in the user pool (the one Amazon Connect uses). */
  identityProvider: z.optional(nonEmpty()),
  redirectSignIn: z.url(),
  redirectSignOut: z.url(),
  scopes: z._default(z.array(z.string()), ["openid", "email", "profile"]),
});

const LocalAuthSchema = z.object({
  kind: z.literal("local"),
  /** The local identity provider's issuer (Cognito-shaped, with a fake pool id). */
  issuer: z.url(),
  /** Base URL of the local identity provider (sign-in page, `/local/token`, JWKS). */
  providerUrl: z.url(),
  userPoolClientId: nonEmpty(),
});

/**
 * `/config.json`: what one build of the shell needs to run in any environment. Written by infra per region
 * and by services/local; the shell knows no module beyond `modules`.
 */
export const RuntimeConfigSchema = z.object({
  environment: nonEmpty(),
  /** The suite's name as users see it (top navigation, sign-in page, browser tab). */
  title: z._default(nonEmpty(), "Admin suite"),
  auth: z.discriminatedUnion("kind", [CognitoAuthSchema, LocalAuthSchema]),
  modules: z.array(AdminModuleSchema).check(
    z.refine((modules) => new Set(modules.map((module) => module.id)).size === modules.length, "module ids must be unique"),
    z.refine((modules) => new Set(modules.map((module) => module.route)).size === modules.length, "module routes must be unique"),
  ),
});

export type AdminModule = z.infer<typeof AdminModuleSchema>;
/** A module entry as a writer gives it (defaults not yet filled). */
export type AdminModuleInput = z.input<typeof AdminModuleSchema>;
export type CognitoAuthSettings = z.infer<typeof CognitoAuthSchema>;
export type LocalAuthSettings = z.infer<typeof LocalAuthSchema>;
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;
