import { CONFIG_TABLE } from "@flow-configs/service/adapters/dynamodb-table";
import type { Construct } from "constructs";
import { ModuleTable, type TableRole } from "./module-table";

/** The index that lists configs in id order (the store's `GSI1`). */
export const LIST_INDEX = CONFIG_TABLE.listIndex.name;
/** The sparse index that lists a template's instances (the store's `GSI2`): no scan to find 1500 offices. */
export const TEMPLATE_INDEX = CONFIG_TABLE.templateIndex.name;

export interface DataProps {
  tableName: string;
  role: TableRole;
}

/** The flow configs' one DynamoDB table, keyed as the store's adapter keys it (services/flow-configs dynamodb-table.ts). */
export class Data extends ModuleTable {
  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id, { ...props, keys: CONFIG_TABLE, globalIndexes: [CONFIG_TABLE.listIndex, CONFIG_TABLE.templateIndex] });
  }
}
