/**
 * The environment variable naming the Caller Lists table. Not TABLE_NAME: locally both modules' handlers
 * run in one process (one environment), and TABLE_NAME is Flow Configs' table there.
 */
export const CALLER_LISTS_TABLE_ENV = "CALLER_LISTS_TABLE_NAME";
