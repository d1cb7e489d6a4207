import { Tracer } from "@aws-lambda-powertools/tracer";

/** The API handler's tracer (X-Ray; service name from POWERTOOLS_SERVICE_NAME); the contact-flow Lambdas stay lean without it. */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "flow-configs" });
