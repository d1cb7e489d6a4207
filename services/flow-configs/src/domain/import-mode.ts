import { DomainError } from "@flow-configs/model";

export type ImportMode = "dry-run" | "apply";

/** `?mode=dry-run` (the default: nothing is written) or `?mode=apply`. */
export function parseImportMode(mode: string | undefined): ImportMode {
  if (mode === undefined || mode === "" || mode === "dry-run") return "dry-run";
  if (mode === "apply") return "apply";
  throw DomainError.invalid([{ path: "mode", message: "must be dry-run or apply" }]);
}
