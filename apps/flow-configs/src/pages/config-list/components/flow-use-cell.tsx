import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { isUnused, type ConfigSummary, type UsageSummary } from "@flow-configs/model";

/** A list row's flow usage: how many flows name it, "by lookup key" when dynamic flows may reach it, or "Unused" (no flow can). */
export function FlowUseCell({ item, summary }: { item: ConfigSummary; summary: UsageSummary | null }) {
  if (!summary) return <>-</>;
  const named = summary.configs.find((entry) => entry.id === item.id)?.flows ?? 0;
  if (isUnused(summary, item)) return <StatusIndicator type="stopped">Unused</StatusIndicator>;
  if (named > 0) return <>{named === 1 ? "1 flow" : `${named} flows`}</>;
  return <>By lookup key</>;
}
