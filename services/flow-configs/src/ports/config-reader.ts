import type { CompiledSchedule, FlowConfig, StoredConfig } from "@flow-configs/model/contact-flow";

/** A config as a contact flow reads it, with its windows (and its template's) compiled to instants. */
export interface ScheduledConfig {
  config: FlowConfig;
  schedule: CompiledSchedule;
}

/** The read side getConfig and isBadActor need: two point reads, never a query or scan. */
export interface ConfigReader {
  get(id: string): Promise<StoredConfig | null>;
  /** The id of the config that owns a lookup key (dialed number, office id), or null. */
  findIdByLookupKey(lookupKey: string): Promise<string | null>;
  /** A reader that keeps compiled configs (the contact-flow Lambdas' cache) serves them from here. */
  getScheduled?(id: string): Promise<ScheduledConfig | null>;
}
