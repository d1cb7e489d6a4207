import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Billing, TableEncryptionV2, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { CONFIG_TABLE } from "@flow-configs/service/adapters/dynamodb-table";
import { Construct } from "constructs";

/** The index that lists configs in id order (the store's `GSI1`). */
export const LIST_INDEX = CONFIG_TABLE.listIndex.name;
/** The sparse index that lists a template's instances (the store's `GSI2`): no scan to find 1500 offices. */
export const TEMPLATE_INDEX = CONFIG_TABLE.templateIndex.name;

export interface DataProps {
  tableName: string;
  /** The primary region creates the Global Table; the secondary only refers to its replica. */
  role: { kind: "primary"; replicaRegion: string } | { kind: "replica" };
}

/**
 * The flow configs' one DynamoDB table, a Global Table replicated to the second region (last writer
 * wins across regions; transactions and optimistic locking hold within a region).
 */
export class Data extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    if (props.role.kind === "replica") {
      this.table = TableV2.fromTableAttributes(this, "Table", { tableName: props.tableName, globalIndexes: [LIST_INDEX, TEMPLATE_INDEX] });
      return;
    }
    this.table = new TableV2(this, "Table", {
      tableName: props.tableName,
      // The very keys the store's adapter creates locally (services/flow-configs dynamodb-table.ts).
      partitionKey: { name: CONFIG_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: CONFIG_TABLE.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: LIST_INDEX,
          partitionKey: { name: CONFIG_TABLE.listIndex.partitionKey, type: AttributeType.STRING },
          sortKey: { name: CONFIG_TABLE.listIndex.sortKey, type: AttributeType.STRING },
        },
        {
          indexName: TEMPLATE_INDEX,
          partitionKey: { name: CONFIG_TABLE.templateIndex.partitionKey, type: AttributeType.STRING },
          sortKey: { name: CONFIG_TABLE.templateIndex.sortKey, type: AttributeType.STRING },
        },
      ],
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      replicas: [{ region: props.role.replicaRegion }],
    });
  }
}
