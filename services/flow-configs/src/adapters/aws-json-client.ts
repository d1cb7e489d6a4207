import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { signRequest, type AwsCredentials } from "./sigv4";

export interface AwsJsonClientOptions {
  service: string;
  /** The service's JSON-protocol target prefix, e.g. `DynamoDB_20120810`. */
  targetPrefix: string;
  region: string;
  endpoint: string;
  credentials: () => AwsCredentials;
  timeoutMs?: number;
}

/** An AWS error answer, with the service's error type (`ResourceNotFoundException`, …) and its HTTP status. */
export class AwsServiceError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/**
 * A SigV4-signed client for an AWS JSON-protocol API on keep-alive node:http(s). The contact-flow Lambdas
 * use it for their GetItems instead of the AWS SDK, which would be most of their bundle, cold start and
 * per-call time (see the bench).
 */
export class AwsJsonClient {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  constructor(private readonly options: AwsJsonClientOptions) {
    this.url = new URL(options.endpoint);
    const secure = this.url.protocol === "https:";
    this.agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.send = secure ? httpsRequest : httpRequest;
  }

  async call<T>(operation: string, input: unknown): Promise<T> {
    const { service, targetPrefix, region, credentials, timeoutMs = 3000 } = this.options;
    const body = JSON.stringify(input);
    const headers = signRequest(
      {
        method: "POST",
        url: this.url,
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `${targetPrefix}.${operation}` },
        body,
      },
      credentials(),
      { region, service },
    );
    const { status, text } = await this.post(body, headers, timeoutMs);
    if (status >= 200 && status < 300) return JSON.parse(text) as T;
    let type = "UnknownError";
    let message = text;
    try {
      const error = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
      type = error.__type?.split("#").pop() ?? type;
      message = error.message ?? error.Message ?? text;
    } catch {
      // Not JSON (a proxy's error page): keep the raw text.
    }
    throw new AwsServiceError(type, status, `${service} ${operation} failed with HTTP ${status} ${type}: ${message}`);
  }

  private post(body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = this.send(
        this.url,
        { method: "POST", agent: this.agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, timeout: timeoutMs },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
          response.on("error", reject);
        },
      );
      request.on("timeout", () => request.destroy(new Error(`${this.options.service} did not answer within ${timeoutMs} ms`)));
      request.on("error", reject);
      request.end(body);
    });
  }
}

/** Credentials from the environment, as Lambda provides them for the function's execution role. */
export function environmentCredentials(): AwsCredentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are required");
  const sessionToken = process.env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
