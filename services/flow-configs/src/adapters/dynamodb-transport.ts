import type { IncomingMessage } from "node:http";
import { fromEnv } from "@aws-sdk/credential-provider-env";
import { Sha256 } from "@smithy/core/checksum";
import { ConfiguredRetryStrategy, isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";
import { HttpRequest } from "@smithy/core/transport";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider, RetryErrorType } from "@smithy/types";

/**
 * How the contact-flow Lambdas' calls are bounded: Connect waits 8 s for the Lambda, so at most 3 attempts,
 * each with its own timeouts, all inside a 1.9 s budget, with full-jitter backoff between them.
 */
export const DYNAMODB_CALL_POLICY = {
  maxAttempts: 3,
  connectionTimeoutMs: 300,
  requestTimeoutMs: 800,
  totalBudgetMs: 1900,
  /** The cap of the full-jitter delay before retry n is `baseDelayMs × 2^n`. */
  baseDelayMs: 25,
} as const;

export interface DynamoDbTransportOptions {
  region: string;
  /** Default: `https://dynamodb.<region>.amazonaws.com`; locally the SDK's own `AWS_ENDPOINT_URL_DYNAMODB`. */
  endpoint?: string;
  /** Default: the Lambda's environment (its execution role's keys), as the SDK's `fromEnv` reads them. */
  credentials?: AwsCredentialIdentityProvider;
  policy?: Partial<typeof DYNAMODB_CALL_POLICY>;
}

/** A DynamoDB error answer: the service's error type as `name`, its HTTP status and request id in `$metadata`. */
export class DynamoDbServiceError extends Error {
  readonly $metadata: { httpStatusCode: number; requestId?: string };

  constructor(type: string, httpStatusCode: number, requestId: string | undefined, message: string) {
    super(message);
    this.name = type;
    this.$metadata = { httpStatusCode, ...(requestId ? { requestId } : {}) };
  }
}

/**
 * DynamoDB's JSON protocol for the contact-flow Lambdas' GetItems: AWS's own SigV4 signer, HTTP handler
 * (keep-alive) and retry strategy, without the rest of the SDK client, which would more than double their
 * bundle (see the bench). Throttling, 5xx, timeouts and a reset keep-alive socket are retried.
 */
export class DynamoDbTransport {
  private readonly url: URL;
  private readonly signer: SignatureV4;
  private readonly http: NodeHttpHandler;
  private readonly retries: ConfiguredRetryStrategy;
  private readonly policy: typeof DYNAMODB_CALL_POLICY;

  constructor(options: DynamoDbTransportOptions) {
    this.policy = { ...DYNAMODB_CALL_POLICY, ...options.policy };
    this.url = new URL(options.endpoint || `https://dynamodb.${options.region}.amazonaws.com`);
    this.signer = new SignatureV4({ service: "dynamodb", region: options.region, credentials: options.credentials ?? fromEnv(), sha256: Sha256 });
    this.http = new NodeHttpHandler({
      connectionTimeout: this.policy.connectionTimeoutMs,
      requestTimeout: this.policy.requestTimeoutMs,
      throwOnRequestTimeout: true,
    });
    const { baseDelayMs } = this.policy;
    this.retries = new ConfiguredRetryStrategy(this.policy.maxAttempts, (attempt) => Math.random() * baseDelayMs * 2 ** attempt);
  }

  /** Calls one DynamoDB operation (`GetItem`, …) with its JSON input; the answer as JSON, or the last error. */
  async call<T>(operation: string, input: unknown): Promise<T> {
    const body = JSON.stringify(input);
    const deadline = AbortSignal.timeout(this.policy.totalBudgetMs);
    let token = await this.retries.acquireInitialRetryToken("dynamodb");
    for (;;) {
      try {
        const output = await this.attempt<T>(operation, body, deadline);
        this.retries.recordSuccess(token);
        return output;
      } catch (error) {
        if (deadline.aborted) throw error;
        try {
          token = await this.retries.refreshRetryTokenForRetry(token, { errorType: retryErrorType(error) });
        } catch {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, token.getRetryDelay()));
      }
    }
  }

  private async attempt<T>(operation: string, body: string, abortSignal: AbortSignal): Promise<T> {
    const request = new HttpRequest({
      method: "POST",
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      ...(this.url.port ? { port: Number(this.url.port) } : {}),
      path: "/",
      headers: {
        host: this.url.host,
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": `DynamoDB_20120810.${operation}`,
        "content-length": String(Buffer.byteLength(body)),
      },
      body,
    });
    const signed = await this.signer.sign(request);
    const { response } = await this.http.handle(signed as HttpRequest, { abortSignal });
    const text = await readBody(response.body as IncomingMessage);
    if (response.statusCode >= 200 && response.statusCode < 300) return JSON.parse(text) as T;
    throw serviceError(operation, response.statusCode, response.headers["x-amzn-requestid"], text);
  }
}

function retryErrorType(error: unknown): RetryErrorType {
  const candidate = error as Parameters<typeof isTransientError>[0];
  if (isThrottlingError(candidate)) return "THROTTLING";
  if (isTransientError(candidate)) return "TRANSIENT";
  if (isServerError(candidate)) return "SERVER_ERROR";
  return "CLIENT_ERROR";
}

async function readBody(stream: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function serviceError(operation: string, status: number, requestId: string | undefined, text: string): DynamoDbServiceError {
  let type = "UnknownError";
  let message = text;
  try {
    const answer = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
    type = answer.__type?.split("#").pop() ?? type;
    message = answer.message ?? answer.Message ?? text;
  } catch {
    // Not JSON (a proxy's error page): keep the raw text.
  }
  const request = requestId ? ` (request ${requestId})` : "";
  return new DynamoDbServiceError(type, status, requestId, `DynamoDB ${operation} failed with HTTP ${status} ${type}${request}: ${message}`);
}
