import type { StoredConfig } from "@flow-configs/model/contact-flow";

/** The read side getConfig and isBadActor need: two point reads, never a query or scan. */
export interface ConfigReader {
  get(id: string): Promise<StoredConfig | null>;
  /** The id of the config that owns a lookup key (dialed number, office id), or null. */
  findIdByLookupKey(lookupKey: string): Promise<string | null>;
}
