import {
  DescribeContactFlowCommand,
  DescribeContactFlowModuleCommand,
  paginateListContactFlowModules,
  paginateListContactFlows,
  type ConnectClient,
} from "@aws-sdk/client-connect";
import type { FlowReadError, FlowSource } from "@flow-configs/model";
import { mapWithConcurrency } from "#domain/bounded-concurrency";
import type { ContactFlowDirectory, ContactFlowListing } from "#ports/contact-flow-directory";

export interface ConnectDirectoryOptions {
  /** How long a listing is served before Connect is asked again (default 5 minutes). */
  ttlMs?: number;
  now?: () => Date;
}

interface Summary {
  id: string;
  name: string;
  type: string;
  describe: () => Promise<string | undefined>;
}

const DEFAULT_TTL_MS = 5 * 60 * 1000;
// Connect's Describe APIs are throttled to a few calls a second per account: a few in flight, the SDK retries the rest.
const DESCRIBES_IN_FLIGHT = 4;

/**
 * The instance's published and saved flows and modules, read with ListContactFlows / DescribeContactFlow and
 * their module equivalents (read-only IAM), all pages. Hundreds of Describe calls are slow and throttled,
 * so a listing is cached for a few minutes; `refresh` reads Connect again.
 */
export class ConnectContactFlowDirectory implements ContactFlowDirectory {
  private cached: { listing: ContactFlowListing; at: number } | null = null;
  private loading: Promise<ContactFlowListing> | null = null;
  private readonly ttlMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly client: ConnectClient,
    private readonly instanceId: string,
    options: ConnectDirectoryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.now = options.now ?? (() => new Date());
  }

  async list(options: { refresh?: boolean } = {}): Promise<ContactFlowListing> {
    const fresh = this.cached && this.now().getTime() - this.cached.at < this.ttlMs;
    if (this.cached && fresh && !options.refresh) return this.cached.listing;
    // Concurrent requests share one scan rather than each starting their own
    this.loading ??= this.scan().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async scan(): Promise<ContactFlowListing> {
    const at = this.now();
    const summaries = [...(await this.flowSummaries()), ...(await this.moduleSummaries())];
    const flows: FlowSource[] = [];
    const errors: FlowReadError[] = [];
    await mapWithConcurrency(summaries, DESCRIBES_IN_FLIGHT, async (summary) => {
      try {
        const content = await summary.describe();
        if (content === undefined) errors.push({ id: summary.id, name: summary.name, message: "Connect returned no content" });
        else flows.push({ id: summary.id, name: summary.name, type: summary.type, content });
      } catch (error) {
        errors.push({ id: summary.id, name: summary.name, message: `could not be described: ${(error as Error).message}` });
      }
    });
    const listing = { flows, errors, scannedAt: at.toISOString() };
    this.cached = { listing, at: at.getTime() };
    return listing;
  }

  private async flowSummaries(): Promise<Summary[]> {
    const summaries: Summary[] = [];
    for await (const page of paginateListContactFlows({ client: this.client }, { InstanceId: this.instanceId, MaxResults: 1000 })) {
      for (const flow of page.ContactFlowSummaryList ?? []) {
        const id = flow.Id;
        if (!id || flow.ContactFlowState === "ARCHIVED") continue;
        summaries.push({
          id,
          name: flow.Name ?? id,
          type: flow.ContactFlowType ?? "CONTACT_FLOW",
          describe: async () =>
            (await this.client.send(new DescribeContactFlowCommand({ InstanceId: this.instanceId, ContactFlowId: id }))).ContactFlow?.Content,
        });
      }
    }
    return summaries;
  }

  private async moduleSummaries(): Promise<Summary[]> {
    const summaries: Summary[] = [];
    const pages = paginateListContactFlowModules({ client: this.client }, { InstanceId: this.instanceId, MaxResults: 1000, ContactFlowModuleState: "ACTIVE" });
    for await (const page of pages) {
      for (const module of page.ContactFlowModulesSummaryList ?? []) {
        const id = module.Id;
        if (!id) continue;
        summaries.push({
          id,
          name: module.Name ?? id,
          type: "MODULE",
          describe: async () =>
            (await this.client.send(new DescribeContactFlowModuleCommand({ InstanceId: this.instanceId, ContactFlowModuleId: id }))).ContactFlowModule?.Content,
        });
      }
    }
    return summaries;
  }
}
