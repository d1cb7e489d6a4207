export * from "./dynamodb-local";
export * from "./free-port";
export * from "./identity-provider";
export * from "./personas";
export * from "./contact-flow-event";
export * from "./lambda-output";
