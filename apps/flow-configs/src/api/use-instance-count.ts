import { useQuery } from "@tanstack/react-query";
import { useFlowConfigs } from "../expose/flow-configs-context";
import { configKeys } from "./config-queries";

/**
 * How many offices (instances) a template has, as the API counts them: what a save of the template reaches.
 * Kept under the list keys, so a new or deleted office makes it load again. Undefined until known.
 */
export function useInstanceCount(templateId: string, { enabled = true }: { enabled?: boolean } = {}): number | undefined {
  const { client } = useFlowConfigs();
  const counted = useQuery({
    queryKey: [...configKeys.lists(), "instance-count", templateId],
    queryFn: async () => (await client.list({ templateId, limit: 1 })).instanceCount ?? 0,
    enabled,
  });
  return counted.data;
}
