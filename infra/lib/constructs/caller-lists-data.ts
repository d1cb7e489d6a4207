import { CALLER_LIST_TABLE } from "@flow-configs/caller-lists-service/adapters/caller-list-table";
import type { Construct } from "constructs";
import { ModuleTable, type TableRole } from "./module-table";

export interface CallerListsDataProps {
  tableName: string;
  role: TableRole;
}

/**
 * The Caller Lists table (one item per entry, layout in the service's caller-list-table.ts), with DynamoDB
 * TTL deleting expired entries some time after `expiresAt` (the service hides them from that instant on).
 */
export class CallerListsData extends ModuleTable {
  constructor(scope: Construct, id: string, props: CallerListsDataProps) {
    super(scope, id, { ...props, keys: CALLER_LIST_TABLE, timeToLiveAttribute: CALLER_LIST_TABLE.ttlAttribute });
  }
}
