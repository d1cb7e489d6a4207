import type { APIGatewayProxyEvent } from "aws-lambda";

/** An API Gateway REST (v1) proxy event, as the private API sends it to the Lambda. */
export function aProxyEvent(method: string, path: string, headers: Record<string, string> = {}, body: string | null = null): APIGatewayProxyEvent {
  return {
    httpMethod: method,
    path,
    resource: "/{proxy+}",
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: "111122223333",
      apiId: "api",
      authorizer: null,
      httpMethod: method,
      identity: { sourceIp: "10.0.0.1", userAgent: "vitest" } as APIGatewayProxyEvent["requestContext"]["identity"],
      path: `/prod${path}`,
      protocol: "HTTP/1.1",
      requestId: "request",
      requestTimeEpoch: Date.now(),
      resourceId: "resource",
      resourcePath: "/{proxy+}",
      stage: "prod",
    },
  };
}
