import { Duration, Stack } from "aws-cdk-lib";
import { AuthorizationType, CognitoUserPoolsAuthorizer, LambdaIntegration, type RestApi } from "aws-cdk-lib/aws-apigateway";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { CfnPermission } from "aws-cdk-lib/aws-lambda";
import { CfnIntegrationAssociation } from "aws-cdk-lib/aws-connect";
import { CALLER_LISTS_ROUTE } from "@flow-configs/caller-lists-service/module-entry";
import { Construct } from "constructs";
import { CallerListsAuthorization } from "./caller-lists-authorization";
import { CallerListsData, type CallerListsDataProps } from "./caller-lists-data";
import { ContactFlowFunction } from "./contact-flow-function";
import { LambdaFunction } from "./lambda-function";
import { cedarFilesBeside, grantIsAuthorized, policyStoreEnvironment } from "./policy-store-access";

/** The module's physical names: identical in both regions, so contact flows survive a failover. */
export function callerListsNames(prefix: string) {
  return { table: `${prefix}-caller-lists`, api: `${prefix}-caller-lists-api`, checkCallerList: `${prefix}-check-caller-list` };
}

export interface CallerListsProps {
  prefix: string;
  role: CallerListsDataProps["role"];
  /** The suite's private REST API: the module's routes go under /caller-lists on it. */
  restApi: RestApi;
  userPool: IUserPool;
  client: IUserPoolClient;
  allowedOrigins: string[];
  /** The same bound as getConfig's: how long a change takes to reach calls. */
  cacheTtlSeconds: number;
  /** This region's Amazon Connect instance, whose flows invoke checkCallerList. */
  connectInstanceArn: string;
  /** Executions always kept for checkCallerList, so a burst elsewhere in the account never refuses a call's check. */
  reservedConcurrency?: number;
}

const HANDLERS = "services/caller-lists/src/handlers";

/**
 * The Caller Lists module in one region: its table, its policy store, its API Lambda behind /caller-lists
 * on the suite's private REST API, and checkCallerList (read-only, reserved concurrency) for Connect's flows.
 */
export class CallerLists extends Construct {
  readonly data: CallerListsData;
  readonly authorization: CallerListsAuthorization;
  readonly api: LambdaFunction;
  readonly checkCallerList: ContactFlowFunction;

  constructor(scope: Construct, id: string, props: CallerListsProps) {
    super(scope, id);
    const names = callerListsNames(props.prefix);
    this.data = new CallerListsData(this, "Data", { tableName: names.table, role: props.role });
    const table = this.data.table;
    this.authorization = new CallerListsAuthorization(this, "Authorization", { userPool: props.userPool, client: props.client });

    this.checkCallerList = new ContactFlowFunction(this, "CheckCallerList", {
      functionName: names.checkCallerList,
      entry: `${HANDLERS}/check-caller-list.ts`,
      description: "Contact flows: whether the caller's number is on a caller list, its kind and reason",
      environment: { CALLER_LISTS_TABLE_NAME: table.tableName },
      cacheTtlSeconds: props.cacheTtlSeconds,
      reservedConcurrentExecutions: props.reservedConcurrency ?? 100,
    });
    this.checkCallerList.function.addToRolePolicy(new PolicyStatement({ actions: ["dynamodb:GetItem"], resources: [table.tableArn] }));

    this.api = new LambdaFunction(this, "Api", {
      functionName: names.api,
      entry: `${HANDLERS}/api.ts`,
      description: "Caller Lists REST API",
      // A 100 000-row CSV import is a few thousand batch writes: up to API Gateway's 29 s.
      timeout: Duration.seconds(29),
      memorySize: 1024,
      environment: {
        CALLER_LISTS_TABLE_NAME: table.tableName,
        COGNITO_USER_POOL_ID: props.userPool.userPoolId,
        COGNITO_CLIENT_ID: props.client.userPoolClientId,
        ...policyStoreEnvironment(this.authorization.policyStore),
        CORS_ALLOWED_ORIGINS: props.allowedOrigins.join(","),
      },
      afterBundling: cedarFilesBeside("services/caller-lists/policies"),
    });
    this.api.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
        resources: [table.tableArn],
      }),
    );
    grantIsAuthorized(this.api, this.authorization.policyStore);

    this.addRoutes(props);
    this.allowConnect(props.connectInstanceArn);
  }

  /** /caller-lists and everything under it go to the module's Lambda; API Gateway checks the Cognito token first. */
  private addRoutes(props: CallerListsProps): void {
    const authorizer = new CognitoUserPoolsAuthorizer(this, "Authorizer", {
      cognitoUserPools: [props.userPool],
      identitySource: "method.request.header.Authorization",
    });
    const cors = {
      allowOrigins: props.allowedOrigins,
      allowHeaders: ["Authorization", "Content-Type"],
      exposeHeaders: ["Content-Disposition"],
      maxAge: Duration.hours(1),
    };
    const root = props.restApi.root.addResource(CALLER_LISTS_ROUTE.slice(1), { defaultCorsPreflightOptions: cors });
    const integration = new LambdaIntegration(this.api.function);
    const method = { authorizer, authorizationType: AuthorizationType.COGNITO };
    root.addMethod("ANY", integration, method);
    root.addResource("{proxy+}", { defaultCorsPreflightOptions: cors }).addMethod("ANY", integration, method);
  }

  /** This region's Connect instance may invoke checkCallerList, and its flows list it among their Lambdas. */
  private allowConnect(instanceArn: string): void {
    const functionArn = this.checkCallerList.function.functionArn;
    new CfnPermission(this, "CheckCallerListInvokedByConnect", {
      action: "lambda:InvokeFunction",
      functionName: functionArn,
      principal: "connect.amazonaws.com",
      sourceArn: instanceArn,
      sourceAccount: Stack.of(this).account,
    });
    new CfnIntegrationAssociation(this, "CheckCallerListAssociation", {
      instanceId: instanceArn,
      integrationType: "LAMBDA_FUNCTION",
      integrationArn: functionArn,
    });
  }
}
