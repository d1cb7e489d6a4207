export * from "./caller-list-schemas";
export { checkEntries } from "./check-entries";
export type { CheckedEntries, CheckedEntry, ReceivedEntry } from "./check-entries";
export { ENTRY_CSV_COLUMNS, entriesToCsv, parseEntriesCsv } from "./entries-csv";
export { numberPrefix } from "./number-prefix";
export type { NumberPrefixResult } from "./number-prefix";
