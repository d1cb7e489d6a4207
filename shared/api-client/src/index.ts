export { createFlowConfigsClient, toEtag } from "./flow-configs-client";
export type {
  CloneRequest,
  FlowConfigsClient,
  FlowConfigsClientOptions,
  ListParams,
  PreviewParams,
  VersionedConfig,
  WriteOptions,
} from "./flow-configs-client";
export { ApiError, isApiError } from "./api-error";
export { NetworkError, isNetworkError } from "./network-error";
export { serverConfigOf } from "./conflict";
