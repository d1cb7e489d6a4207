import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import Table from "@cloudscape-design/components/table";
import type { FlowConfig, HistoryEntry } from "@flow-configs/model";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { configKeys, useConfigSaved } from "../../api/config-queries";
import { useConfigHistory } from "../../api/use-config-history";
import { useMediaQuery } from "../../api/use-media-query";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { LoadFailedAlert } from "../load-failed-alert";
import { formatDate } from "../config-list/columns";
import { useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { summarizeChanges } from "./change-summary";
import { OlderVersions } from "./components/older-versions";
import { RestoreModal } from "./components/restore-modal";
import { VersionCompare } from "./components/version-compare";

interface Comparison {
  before: FlowConfig;
  after: FlowConfig;
}

/** Who asked, who approved, which quick action or window: what the history names beside the changes. */
function detailOf(entry: HistoryEntry): string {
  const detail = entry.detail;
  if (!detail) return "";
  if (detail.quickAction) return `Quick action ${detail.quickAction}: `;
  if (entry.action === "approve-change") return `Asked by ${detail.requestedBy ?? "someone"}, approved by ${detail.approvedBy ?? entry.updatedBy}: `;
  if (entry.action === "reject-change") return `Asked by ${detail.requestedBy ?? "someone"}, rejected: ${detail.reason ?? ""}`;
  if (entry.action === "request-change") return `Waiting for approval (request ${detail.requestId ?? ""})`;
  const window = detail.scheduledChange;
  if (window) return `${window.from}${window.to ? ` to ${window.to}` : " on"}: `;
  return "";
}

const whatChanged = (entry: HistoryEntry): string => {
  if (entry.action === "delete") return "Deleted";
  const restored = entry.restoredFrom !== undefined ? `Restored from version ${entry.restoredFrom}: ` : "";
  const changes = entry.changes.length > 0 ? summarizeChanges(entry.changes) : "";
  return `${restored}${detailOf(entry)}${changes}`;
};

const ACTION_LABELS: Record<HistoryEntry["action"], string> = {
  create: "Created",
  replace: "Shape changed",
  "update-values": "Values changed",
  delete: "Deleted",
  restore: "Restored",
  "schedule-change": "Change scheduled",
  "remove-scheduled-change": "Scheduled change removed",
  "request-change": "Change requested",
  "approve-change": "Change approved",
  "reject-change": "Change rejected",
  "quick-action": "Quick action",
};

/** Every version of a config (also a deleted one), newest first, a page at a time: who, when, what; any two compared; an old one restored. */
export function ConfigHistoryPage() {
  const { configId = "" } = useParams();
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const isPhone = useMediaQuery("(max-width: 688px)");
  const queryClient = useQueryClient();
  const configSaved = useConfigSaved();
  const history = useConfigHistory(configId);
  const [selected, setSelected] = useState<HistoryEntry[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [restoreOpen, setRestoreOpen] = useState(false);

  const entries = history.items;
  // The first page is the newest: its first entry is the current version (or the deletion)
  const latest = entries[0];
  const deleted = latest?.action === "delete";
  const [older, newer] = [...selected].sort((a, b) => a.version - b.version);

  // A version's snapshot never changes: each is cached under its number
  const snapshot = (version: number) =>
    queryClient.fetchQuery({ queryKey: configKeys.version(configId, version), queryFn: () => client.historyVersion(configId, version), staleTime: Infinity });

  const comparing = useFlashAction(showFlash, {
    run: async ([before, after]: [number, number]): Promise<Comparison> => {
      setComparison(null);
      const [beforeConfig, afterConfig] = await Promise.all([snapshot(before), snapshot(after)]);
      return { before: beforeConfig, after: afterConfig };
    },
    success: (pair) => {
      setComparison(pair);
      return null;
    },
  });

  const compare = () => {
    if (older && newer) void comparing.run([older.version, newer.version]);
  };

  const restore = useFlashAction(showFlash, {
    run: async (version: number) => {
      const restored = await client.restore(configId, version, latest && !deleted ? { ifMatch: latest.version } : {});
      // The config is current again as this answer; the history loads again with the new version on top
      configSaved(restored);
      return restored;
    },
    success: (restored, version) => {
      setSelected([]);
      setComparison(null);
      return {
        type: "success",
        header: `Restored version ${version} of ${configId}`,
        content: `It is current again as version ${restored.config.version}.`,
        action: { text: "Open config", onClick: () => navigate(`${basePath}/${encodeURIComponent(configId)}`) },
      };
    },
  });

  const restorable = selected.length === 1 && selected[0]?.action !== "delete" && !(selected[0] === latest && !deleted);
  const header = (
    <Header
      variant="h1"
      description={deleted ? `${configId} is deleted; its history is kept and an admin can restore any version.` : "Every change is a version: who made it, when, and what it changed."}
    >
      History of {configId}
    </Header>
  );
  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs configId={configId} current="History" />} header={header}>
      {content}
    </ContentLayout>
  );

  if (history.error && entries.length === 0) return layout(<LoadFailedAlert error={history.error} onRetry={history.reload} />);

  return layout(
    <>
    <FlashMessages items={flashItems} />
    <SpaceBetween size="l">
      <Table
        items={entries}
        loading={history.loading && entries.length === 0}
        loadingText="Loading the history"
        trackBy="version"
        wrapLines
        selectionType="multi"
        selectedItems={selected}
        isItemDisabled={(entry) => entry.action === "delete"}
        onSelectionChange={(event) => setSelected(event.detail.selectedItems.slice(-2))}
        ariaLabels={{
          selectionGroupLabel: "Versions to compare",
          itemSelectionLabel: (_selection, entry) => `Version ${entry.version}`,
          allItemsSelectionLabel: () => "All versions",
          tableLabel: `Versions of ${configId}`,
        }}
        columnDisplay={(isPhone ? ["version", "change"] : ["version", "action", "who", "when", "what"]).map((id) => ({ id, visible: true }))}
        columnDefinitions={[
          { id: "version", header: "Version", cell: (entry) => entry.version, isRowHeader: true },
          { id: "action", header: "Action", cell: (entry) => ACTION_LABELS[entry.action] },
          { id: "who", header: "Who", cell: (entry) => entry.updatedBy },
          { id: "when", header: "When", cell: (entry) => formatDate(entry.updatedAt) },
          { id: "what", header: "What changed", cell: whatChanged },
          {
            // On a phone one column holds it all, so nothing is cut off at the side.
            id: "change",
            header: "Change",
            cell: (entry) => (
              <SpaceBetween size="xxs">
                <Box variant="small">{`${ACTION_LABELS[entry.action]} by ${entry.updatedBy}, ${formatDate(entry.updatedAt)}`}</Box>
                <span>{whatChanged(entry)}</span>
              </SpaceBetween>
            ),
          },
        ]}
        header={
          <Header
            variant="h2"
            counter={history.hasMore ? `(${entries.length}+)` : `(${entries.length})`}
            description="Select two versions to compare them, or one to restore it."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {!deleted && <Button onClick={() => navigate(`${basePath}/${encodeURIComponent(configId)}`)}>Open config</Button>}
                <Button disabled={selected.length !== 2} loading={comparing.running} onClick={compare}>
                  Compare
                </Button>
                {canEditShape(role) && (
                  <Button variant="primary" disabled={!restorable} onClick={() => setRestoreOpen(true)}>
                    Restore
                  </Button>
                )}
              </SpaceBetween>
            }
          >
            Versions
          </Header>
        }
        empty="No history for this id: it never existed, or is not shared with you."
        footer={
          history.hasMore || (Boolean(history.error) && entries.length > 0) ? (
            <OlderVersions loading={history.loading} error={history.error} onLoad={history.loadMore} />
          ) : undefined
        }
      />
      {comparing.running && <Spinner />}
      {comparison && <VersionCompare before={comparison.before} after={comparison.after} />}
      {restoreOpen && selected[0] && (
        <RestoreModal
          configId={configId}
          version={selected[0].version}
          deleted={deleted}
          restoring={restore.running}
          onRestore={(version) => void restore.run(version).then(() => setRestoreOpen(false))}
          onCancel={() => setRestoreOpen(false)}
        />
      )}
    </SpaceBetween>
    </>,
  );
}
