/** One entry of the `identities` attribute Cognito writes for a federated user. */
interface FederatedIdentity {
  userId?: unknown;
  providerName?: unknown;
}

/**
 * The user's subject at the identity provider (SAML NameID, OIDC `sub`), from the `identities` attribute
 * Cognito itself writes at federated sign-in: no app client and no user can change it, unlike `email`.
 */
export function federatedSubject(userAttributes: Record<string, string | undefined>, providerName: string): string | null {
  const raw = userAttributes.identities;
  if (!raw) return null;
  let identities: unknown;
  try {
    identities = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(identities)) return null;
  const identity = (identities as FederatedIdentity[]).find((candidate) => candidate.providerName === providerName);
  return typeof identity?.userId === "string" && identity.userId !== "" ? identity.userId : null;
}
