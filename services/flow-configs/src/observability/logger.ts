import { Logger } from "@aws-lambda-powertools/logger";

/** The one logger every handler and adapter uses (service name and level from POWERTOOLS_* env). */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "flow-configs" });
