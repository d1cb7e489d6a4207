import type { CallerListKind } from "@flow-configs/model/caller-lists";

/** How a list's kind reads in the UI, with the badge colour Cloudscape gives it. */
export const KIND_LABELS: Record<CallerListKind, { label: string; color: "red" | "green" | "blue" }> = {
  block: { label: "Block", color: "red" },
  allow: { label: "Allow", color: "green" },
  vip: { label: "VIP", color: "blue" },
};
