import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import {
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
} from "aws-cdk-lib/aws-apigateway";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import {
  InterfaceVpcEndpoint,
  InterfaceVpcEndpointAwsService,
  Peer,
  Port,
  SecurityGroup,
  Subnet,
  Vpc,
} from "aws-cdk-lib/aws-ec2";
import { AnyPrincipal, Effect, PolicyDocument, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { CfnPolicyStore } from "aws-cdk-lib/aws-verifiedpermissions";
import { Construct } from "constructs";
import { connectInstanceId, type Network } from "../config/flow-configs-config";
import { LIST_INDEX, TEMPLATE_INDEX } from "./data";
import { ContactFlowFunction } from "./contact-flow-function";
import { LambdaFunction } from "./lambda-function";
import { cedarFilesBeside, grantIsAuthorized, policyStoreEnvironment } from "./policy-store-access";

/** The Lambdas' physical names: identical in both regions, so contact flows survive a failover. */
export function functionNames(prefix: string) {
  return { api: `${prefix}-api`, getConfig: `${prefix}-get-config`, isBadActor: `${prefix}-is-bad-actor` };
}

export interface ApiProps {
  prefix: string;
  table: ITableV2;
  network: Network;
  userPool: IUserPool;
  client: IUserPoolClient;
  policyStore: CfnPolicyStore;
  /** Origins the browser calls the API from (the sites): this region's first. */
  allowedOrigins: string[];
  configCacheTtlSeconds: number;
  /** Concurrency kept for the contact-flow Lambdas: API bursts cannot starve calls. */
  reservedConcurrency: { getConfig: number; isBadActor: number };
  /** The admin group: the only users the API treats as unscoped without a scope claim. */
  adminGroup: string;
  /** This region's Connect instance: the API reads its flows to tell which of them use a config. */
  connectInstanceArn: string;
}

const HANDLERS = "services/flow-configs/src/handlers";

/**
 * The Lambdas (REST API, getConfig, isBadActor) and the private REST API, reachable only through the
 * `execute-api` interface endpoint in the contact center's VPC.
 */
export class Api extends Construct {
  readonly api: LambdaFunction;
  readonly getConfig: LambdaFunction;
  readonly isBadActor: LambdaFunction;
  readonly restApi: RestApi;
  readonly endpoint: InterfaceVpcEndpoint;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const names = functionNames(props.prefix);
    const table = props.table;

    this.getConfig = new ContactFlowFunction(this, "GetConfig", {
      functionName: names.getConfig,
      entry: `${HANDLERS}/get-config.ts`,
      description: "Contact flows: the flow config's variables and prompts as a flat map",
      memorySize: 1024,
      reservedConcurrentExecutions: props.reservedConcurrency.getConfig,
      environment: { TABLE_NAME: table.tableName },
      cacheTtlSeconds: props.configCacheTtlSeconds,
    });
    this.isBadActor = new ContactFlowFunction(this, "IsBadActor", {
      functionName: names.isBadActor,
      entry: `${HANDLERS}/is-bad-actor.ts`,
      description: "Contact flows: whether the caller's number is on a list config",
      reservedConcurrentExecutions: props.reservedConcurrency.isBadActor,
      environment: { TABLE_NAME: table.tableName },
      cacheTtlSeconds: props.configCacheTtlSeconds,
    });
    for (const reader of [this.getConfig, this.isBadActor]) grantConfigReads(table, reader);

    this.api = new LambdaFunction(this, "Api", {
      functionName: names.api,
      entry: `${HANDLERS}/api.ts`,
      description: "Flow Configs REST API",
      timeout: Duration.seconds(15),
      environment: {
        TABLE_NAME: table.tableName,
        COGNITO_USER_POOL_ID: props.userPool.userPoolId,
        COGNITO_CLIENT_ID: props.client.userPoolClientId,
        ADMIN_GROUP: props.adminGroup,
        ...policyStoreEnvironment(props.policyStore),
        CORS_ALLOWED_ORIGINS: props.allowedOrigins.join(","),
        CONNECT_INSTANCE_ID: connectInstanceId(props.connectInstanceArn),
        GET_CONFIG_FUNCTION_NAME: names.getConfig,
      },
      afterBundling: cedarFilesBeside("services/flow-configs/policies"),
    });
    grantConfigWrites(table, this.api);
    grantIsAuthorized(this.api, props.policyStore);

    // Which flows use a config: read-only, on this instance's flows and modules only.
    this.api.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["connect:ListContactFlows", "connect:DescribeContactFlow", "connect:ListContactFlowModules", "connect:DescribeContactFlowModule"],
        resources: [props.connectInstanceArn, `${props.connectInstanceArn}/contact-flow/*`, `${props.connectInstanceArn}/flow-module/*`],
      }),
    );
    Validations.of(this.api).acknowledge(
      ...["contact-flow", "flow-module"].map((kind) => ({
        id: `AwsSolutions-IAM5[Resource::${props.connectInstanceArn}/${kind}/*]`,
        reason: "Usage reads every flow and module of this instance (List and Describe only): which of them invoke getConfig is known only from their content",
      })),
    );

    this.endpoint = this.executeApiEndpoint(props.network);
    this.restApi = this.privateRestApi(props);
  }

  private executeApiEndpoint(network: Network): InterfaceVpcEndpoint {
    const availabilityZones = [...new Set(network.subnets.map((subnet) => subnet.availabilityZone))];
    const vpc = Vpc.fromVpcAttributes(this, "Vpc", { vpcId: network.vpcId, availabilityZones });
    const securityGroup = new SecurityGroup(this, "EndpointSecurityGroup", {
      vpc,
      description: "HTTPS from the networks whose browsers call the Flow Configs API",
      allowAllOutbound: false,
    });
    for (const cidr of network.clientCidrs) securityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(443), `HTTPS from ${cidr}`);
    const subnets = network.subnets.map((subnet) => {
      const imported = Subnet.fromSubnetAttributes(this, subnet.subnetId, subnet);
      Validations.of(imported).acknowledge({
        id: "Annotation::@aws-cdk/aws-ec2:noSubnetRouteTableId",
        reason: "An interface endpoint only places network interfaces in the subnet; its route table is never read",
      });
      return imported;
    });
    return new InterfaceVpcEndpoint(this, "ExecuteApiEndpoint", {
      vpc,
      service: InterfaceVpcEndpointAwsService.APIGATEWAY,
      subnets: { subnets },
      securityGroups: [securityGroup],
      privateDnsEnabled: true,
      open: false,
    });
  }

  private privateRestApi(props: ApiProps): RestApi {
    const accessLogs = new LogGroup(this, "AccessLogs", {
      logGroupName: `/aws/apigateway/${props.prefix}-access`,
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const invoke = { actions: ["execute-api:Invoke"], principals: [new AnyPrincipal()], resources: ["execute-api:/*"] };
    const restApi = new RestApi(this, "RestApi", {
      restApiName: props.prefix,
      description: "Flow Configs REST API (private: only through the execute-api VPC endpoint)",
      endpointConfiguration: { types: [EndpointType.PRIVATE], vpcEndpoints: [this.endpoint] },
      policy: new PolicyDocument({
        statements: [
          new PolicyStatement({ effect: Effect.ALLOW, ...invoke }),
          new PolicyStatement({
            effect: Effect.DENY,
            ...invoke,
            conditions: { StringNotEquals: { "aws:SourceVpce": this.endpoint.vpcEndpointId } },
          }),
        ],
      }),
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: "prod",
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        metricsEnabled: true,
        tracingEnabled: true,
      },
    });
    Validations.of(restApi).acknowledge(
      {
        id: "AwsSolutions-APIG3",
        reason: "Private API: reachable only through the execute-api VPC endpoint (resource policy on aws:SourceVpce), not from the internet",
      },
      {
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
        reason: "The account-level role API Gateway logs with; AWS's managed policy is the documented one for it",
      },
    );
    const authorizer = new CognitoUserPoolsAuthorizer(this, "Authorizer", {
      cognitoUserPools: [props.userPool],
      identitySource: "method.request.header.Authorization",
    });
    const validator = restApi.addRequestValidator("Validator", { validateRequestParameters: true, validateRequestBody: true });
    // The Lambda verifies the token again (aws-jwt-verify) and asks Verified Permissions per route.
    const proxy = restApi.root.addResource("{proxy+}", {
      defaultCorsPreflightOptions: {
        allowOrigins: props.allowedOrigins,
        allowHeaders: ["Authorization", "Content-Type", "If-Match"],
        exposeHeaders: ["ETag"],
        maxAge: Duration.hours(1),
      },
    });
    // A 401 from the authorizer must still carry CORS headers, or the browser reports a CORS error instead.
    for (const [id, type] of [["Default4xx", ResponseType.DEFAULT_4XX], ["Default5xx", ResponseType.DEFAULT_5XX]] as const) {
      restApi.addGatewayResponse(id, {
        type,
        responseHeaders: {
          "Access-Control-Allow-Origin": `'${props.allowedOrigins[0]}'`,
          "Access-Control-Allow-Headers": "'Authorization,Content-Type,If-Match'",
          Vary: "'Origin'",
        },
      });
    }
    proxy.addMethod("ANY", new LambdaIntegration(this.api.function), {
      authorizer,
      authorizationType: AuthorizationType.COGNITO,
      requestValidator: validator,
    });
    return restApi;
  }
}

/** The REST API reads, writes (transactions of conditional puts, updates and deletes) and lists: no scans, no ConditionCheck items. */
function grantConfigWrites(table: ITableV2, writer: LambdaFunction): void {
  writer.function.addToRolePolicy(
    new PolicyStatement({
      actions: [
        "dynamodb:GetItem",
        "dynamodb:BatchGetItem",
        "dynamodb:Query",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
      ],
      resources: [table.tableArn, `${table.tableArn}/index/${LIST_INDEX}`, `${table.tableArn}/index/${TEMPLATE_INDEX}`],
    }),
  );
}

/** getConfig and isBadActor only read items by key (a config, its template, a lookup key): no writes, no queries. */
function grantConfigReads(table: ITableV2, reader: LambdaFunction): void {
  reader.function.addToRolePolicy(
    new PolicyStatement({
      actions: ["dynamodb:GetItem"],
      resources: [table.tableArn],
    }),
  );
}
