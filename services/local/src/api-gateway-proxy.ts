import { randomUUID } from "node:crypto";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";

export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

const TEXT_TYPES = /^(text\/|application\/(json|[\w.+-]+\+json|xml|x-www-form-urlencoded|javascript))/i;

/** The API Gateway REST (v1) proxy event a `{proxy+}` resource would send for this request. */
export async function toProxyEvent(request: Request, sourceIp: string): Promise<APIGatewayProxyEvent> {
  const url = new URL(request.url);
  const multiValueHeaders: Record<string, string[]> = {};
  request.headers.forEach((value, name) => {
    multiValueHeaders[name] = [...(multiValueHeaders[name] ?? []), value];
  });
  const multiValueQuery: Record<string, string[]> = {};
  url.searchParams.forEach((value, name) => {
    multiValueQuery[name] = [...(multiValueQuery[name] ?? []), value];
  });
  const hasQuery = url.searchParams.size > 0;
  const bytes = request.body ? Buffer.from(await request.arrayBuffer()) : null;
  const isText = TEXT_TYPES.test(request.headers.get("content-type") ?? "text/plain");
  const now = Date.now();
  return {
    resource: "/{proxy+}",
    path: url.pathname,
    httpMethod: request.method,
    headers: Object.fromEntries(Object.entries(multiValueHeaders).map(([name, values]) => [name, values.at(-1) ?? ""])),
    multiValueHeaders,
    queryStringParameters: hasQuery
      ? Object.fromEntries(Object.entries(multiValueQuery).map(([name, values]) => [name, values.at(-1) ?? ""]))
      : null,
    multiValueQueryStringParameters: hasQuery ? multiValueQuery : null,
    pathParameters: { proxy: url.pathname.slice(1) },
    stageVariables: null,
    body: bytes === null ? null : bytes.toString(isText ? "utf8" : "base64"),
    isBase64Encoded: bytes !== null && !isText,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      authorizer: null,
      domainName: url.host,
      httpMethod: request.method,
      path: url.pathname,
      protocol: "HTTP/1.1",
      requestId: randomUUID(),
      requestTime: new Date(now).toUTCString(),
      requestTimeEpoch: now,
      resourceId: "local",
      resourcePath: "/{proxy+}",
      stage: "local",
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp,
        user: null,
        userAgent: request.headers.get("user-agent"),
        userArn: null,
      },
    },
  };
}

/** The HTTP response API Gateway would make of a proxy integration's result. */
export function fromProxyResult(result: APIGatewayProxyResult): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(result.headers ?? {})) headers.set(name, String(value));
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    headers.delete(name);
    for (const value of values) headers.append(name, String(value));
  }
  const body = result.isBase64Encoded ? Buffer.from(result.body, "base64") : result.body;
  const bodyless = result.statusCode === 204 || result.statusCode === 304;
  return new Response(bodyless ? null : body, { status: result.statusCode, headers });
}
