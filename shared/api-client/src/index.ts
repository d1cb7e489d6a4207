export { createFlowConfigsClient, toEtag } from "./flow-configs-client";
export type {
  CloneRequest,
  FlowConfigsClient,
  FlowConfigsClientOptions,
  HistoryParams,
  ForceOptions,
  ListEntryInput,
  ListParams,
  PreviewParams,
  ScheduleChangeOutcome,
  SaveOutcome,
  VersionedConfig,
  WriteOptions,
} from "./flow-configs-client";
export { ImportReportSchema, OfficesCsvReportSchema } from "./import-reports";
export type { ExportedDocument, ImportMode, ImportReport, ImportReportRow, OfficesCsvReport, OfficesCsvReportRow } from "./import-reports";
export { ApiError, isApiError } from "./api-error";
export { NetworkError, isNetworkError } from "./network-error";
export { serverConfigOf } from "./conflict";
export { ChangeRequestedError, requireSaved } from "./change-requested";
