import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Billing, TableEncryptionV2, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";

/** The primary region creates the Global Table; the secondary only refers to its replica. */
export type TableRole = { kind: "primary"; replicaRegion: string } | { kind: "replica" };

export interface TableKeys {
  partitionKey: string;
  sortKey: string;
}

export interface ModuleTableProps {
  tableName: string;
  role: TableRole;
  /** The very keys the module's service creates locally (its table adapter exports them). */
  keys: TableKeys;
  globalIndexes?: readonly (TableKeys & { name: string })[];
  /** The attribute DynamoDB TTL deletes items by. */
  timeToLiveAttribute?: string;
}

/**
 * A module's DynamoDB table: a Global Table (string keys, on demand, PITR, deletion protection, retained)
 * replicated to the second region; last writer wins across regions, transactions hold within one.
 */
export class ModuleTable extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: ModuleTableProps) {
    super(scope, id);
    const indexes = props.globalIndexes ?? [];
    if (props.role.kind === "replica") {
      this.table = TableV2.fromTableAttributes(this, "Table", {
        tableName: props.tableName,
        ...(indexes.length > 0 ? { globalIndexes: indexes.map((index) => index.name) } : {}),
      });
      return;
    }
    const string = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, "Table", {
      tableName: props.tableName,
      partitionKey: string(props.keys.partitionKey),
      sortKey: string(props.keys.sortKey),
      ...(indexes.length > 0
        ? { globalSecondaryIndexes: indexes.map((index) => ({ indexName: index.name, partitionKey: string(index.partitionKey), sortKey: string(index.sortKey) })) }
        : {}),
      ...(props.timeToLiveAttribute ? { timeToLiveAttribute: props.timeToLiveAttribute } : {}),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      replicas: [{ region: props.role.replicaRegion }],
    });
  }
}
