import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, type ICommandHooks } from "aws-cdk-lib/aws-lambda-nodejs";
import type { CfnLogGroup} from "aws-cdk-lib/aws-logs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { join } from "node:path";
import { REPO_ROOT } from "../repo-paths";

export interface LambdaFunctionProps {
  /** The physical name: the same in both regions, so contact flows work unchanged after failover. */
  functionName: string;
  /** Entry file, relative to the repository root. */
  entry: string;
  description: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Executions kept for this function alone (a contact-flow Lambda a burst elsewhere must not starve). */
  reservedConcurrentExecutions?: number;
  /** Files the bundle reads at run time (copied beside it after bundling). */
  afterBundling?: (outputDir: string) => string[];
}

// ESM bundles still meet CommonJS dependencies that call require() or read files beside __dirname.
const ESM_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  "const require = __createRequire(import.meta.url);",
  "const __filename = __fileURLToPath(import.meta.url);",
  "const __dirname = __pathDirname(__filename);",
].join(" ");

/**
 * A Node.js 22 Lambda on ARM, bundled with the esbuild package from node_modules (no Docker), with
 * its own log group and a role that may write only there: every other permission is granted explicitly.
 */
export class LambdaFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: LambdaFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, "Logs", {
      logGroupName: `/aws/lambda/${props.functionName}`,
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs ${props.functionName}`,
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [`${this.logGroup.logGroupArn}:*`],
      }),
    );
    const afterBundling = props.afterBundling;
    const commandHooks: ICommandHooks | undefined = afterBundling && {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir, outputDir) => afterBundling(outputDir),
    };

    this.function = new NodejsFunction(this, "Function", {
      functionName: props.functionName,
      description: props.description,
      entry: join(REPO_ROOT, props.entry),
      handler: "handler",
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, "package-lock.json"),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      ...(props.reservedConcurrentExecutions !== undefined ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions } : {}),
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.functionName,
        POWERTOOLS_LOG_LEVEL: "INFO",
        NODE_OPTIONS: "--enable-source-maps",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: "node22",
        platform: "node",
        mainFields: ["module", "main"],
        minify: true,
        sourceMap: true,
        // The SDK v3 clients are bundled (smaller cold start than the runtime's copy).
        externalModules: [],
        banner: ESM_BANNER,
        ...(commandHooks ? { commandHooks } : {}),
      },
    });
    Validations.of(this).acknowledge(
      {
        id: "AwsSolutions-L1",
        reason: "Node.js 22 is the runtime the product is built and tested on (issue 7); move with the toolchain, not ahead of it",
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.logGroup.node.defaultChild as CfnLogGroup)}.Arn>:*]`,
        reason: "Log streams are created at run time; the wildcard covers only the streams of this function's own log group",
      },
      {
        id: "AwsSolutions-IAM5[Resource::*]",
        reason: "Active tracing: xray:PutTraceSegments and PutTelemetryRecords support no resource-level permissions",
      },
    );
  }
}
