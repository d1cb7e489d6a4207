import type { VersionedConfig } from "@flow-configs/api-client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useFlowConfigs } from "../expose/flow-configs-context";

/**
 * The cache keys: one per config, its history (and the versions compared) and the flows using it apart,
 * the list pages per search and template filter, the list's flow counts per page of ids.
 */
export const configKeys = {
  all: ["flow-configs"] as const,
  lists: () => [...configKeys.all, "list"] as const,
  list: (query: string, templateId: string) => [...configKeys.lists(), { query, templateId }] as const,
  config: (id: string) => [...configKeys.all, "config", id] as const,
  history: (id: string) => [...configKeys.config(id), "history"] as const,
  version: (id: string, version: number) => [...configKeys.history(id), version] as const,
  usage: (id: string) => [...configKeys.config(id), "usage"] as const,
  usageSummary: (ids: string) => [...configKeys.all, "usage-summary", ids] as const,
};

/** One config as the API serves it (effective values for an instance), with its ETag. */
export function useConfigQuery(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const { client } = useFlowConfigs();
  return useQuery({ queryKey: configKeys.config(id), queryFn: () => client.get(id), enabled });
}

/**
 * After a write: the config the API answered with becomes the cached one, and every list and history
 * that may show it loads again when next seen.
 */
export function useConfigSaved(): (saved: VersionedConfig) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (saved: VersionedConfig) => {
      queryClient.setQueryData(configKeys.config(saved.config.id), saved);
      void queryClient.invalidateQueries({ queryKey: configKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: configKeys.history(saved.config.id) });
    },
    [queryClient],
  );
}

/** After a delete: drop what the cache knows of the config and of every list. */
export function useConfigGone(): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => {
      queryClient.removeQueries({ queryKey: configKeys.config(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: configKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: configKeys.history(id) });
    },
    [queryClient],
  );
}
