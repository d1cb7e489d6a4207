import { readIdTokenClaims } from "@flow-configs/auth";
import type { AccessScope } from "@flow-configs/model/runtime";
import { useQuery } from "@tanstack/react-query";
import { useFlowConfigs } from "../expose/flow-configs-context";

/**
 * The configs the signed-in user is limited to, from the ID token's scope claim; null for an unscoped user
 * (and while the token is read). The API enforces the scope: this only says it.
 */
export function useAccessScope(): AccessScope | null {
  const { session } = useFlowConfigs();
  const scope = useQuery({
    queryKey: ["session", session.user?.username ?? "", "scope"],
    queryFn: async () => readIdTokenClaims(await session.getIdToken()).scope,
    staleTime: Infinity,
  });
  return scope.data ?? null;
}
