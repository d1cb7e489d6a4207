import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { UsageSummary } from "@flow-configs/model";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { configKeys } from "./config-queries";

/**
 * How many flows use each config on the table page shown: one call for the page, never one per row, so a
 * list of 1500 offices costs a call per page turned. Null until it answers (or when it fails: no marks).
 */
export function useUsageSummary(client: FlowConfigsClient, ids: readonly string[]): UsageSummary | null {
  const key = ids.join(",");
  const summary = useQuery({
    queryKey: configKeys.usageSummary(key),
    queryFn: () => client.usageSummary(key.split(",")),
    enabled: key !== "",
    // Turning a page keeps the last page's marks until the next answer, instead of blanking the column
    placeholderData: keepPreviousData,
  });
  return summary.isError ? null : (summary.data ?? null);
}
