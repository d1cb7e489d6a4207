import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Billing, TableEncryptionV2, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { CALLER_LIST_TABLE } from "@flow-configs/caller-lists-service/adapters/caller-list-table";
import { Construct } from "constructs";

export interface CallerListsDataProps {
  tableName: string;
  /** The primary region creates the Global Table; the secondary only refers to its replica. */
  role: { kind: "primary"; replicaRegion: string } | { kind: "replica" };
}

/**
 * The Caller Lists table (one item per entry, layout in the service's caller-list-table.ts), a Global
 * Table replicated to the second region, with DynamoDB TTL deleting expired entries some time after
 * `expiresAt` (the service hides them from that instant on).
 */
export class CallerListsData extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: CallerListsDataProps) {
    super(scope, id);
    if (props.role.kind === "replica") {
      this.table = TableV2.fromTableName(this, "Table", props.tableName);
      return;
    }
    this.table = new TableV2(this, "Table", {
      tableName: props.tableName,
      partitionKey: { name: CALLER_LIST_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: CALLER_LIST_TABLE.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: CALLER_LIST_TABLE.ttlAttribute,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      replicas: [{ region: props.role.replicaRegion }],
    });
  }
}
