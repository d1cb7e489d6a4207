import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { UsageSummary } from "@flow-configs/model";
import { useEffect, useState } from "react";

/**
 * How many flows use each config on the table page shown: one call for the page, never one per row, so a
 * list of 1500 offices costs a call per page turned. Null until it answers (or when it fails: no marks).
 */
export function useUsageSummary(client: FlowConfigsClient, ids: readonly string[]): UsageSummary | null {
  const [summary, setSummary] = useState<UsageSummary | null>(null);
  const key = ids.join(",");

  useEffect(() => {
    if (key === "") return;
    let cancelled = false;
    client.usageSummary(key.split(",")).then(
      (answer) => !cancelled && setSummary(answer),
      () => !cancelled && setSummary(null),
    );
    return () => {
      cancelled = true;
    };
  }, [client, key]);

  return summary;
}
