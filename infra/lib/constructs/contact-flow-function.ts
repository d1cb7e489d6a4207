import { Duration } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { LambdaFunction, type LambdaFunctionProps } from "./lambda-function";

export interface ContactFlowFunctionProps extends Omit<LambdaFunctionProps, "timeout"> {
  /** Executions kept for this function alone: a burst elsewhere in the account never refuses a call. */
  reservedConcurrentExecutions: number;
  /** How long the function trusts what it read: the suite's one bound on how fast a change reaches calls. */
  cacheTtlSeconds: number;
}

/** A Lambda that Connect's flows invoke ("Invoke AWS Lambda function"): quick to fail, never starved, cached. */
export class ContactFlowFunction extends LambdaFunction {
  constructor(scope: Construct, id: string, { cacheTtlSeconds, environment, ...props }: ContactFlowFunctionProps) {
    super(scope, id, {
      ...props,
      // Connect waits at most 8 s; fail well before so the flow's Error branch runs.
      timeout: Duration.seconds(3),
      environment: { ...environment, CONFIG_CACHE_TTL_SECONDS: String(cacheTtlSeconds) },
    });
  }
}
