import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import ProgressBar from "@cloudscape-design/components/progress-bar";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { OfficesCsvReportRow } from "@flow-configs/api-client";
import { officeRowsToCsv } from "@flow-configs/model";
import { useState } from "react";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { downloadFile } from "@flow-configs/ui";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { DocumentInput } from "../document-input";
import { useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { OfficeRowsTable } from "./components/office-rows-table";
import { StaleRowsModal } from "./components/stale-rows-modal";
import { writableRows } from "./office-counts";
import { useOfficesImport } from "./use-offices-import";

export { APPLY_CHUNK_SIZE } from "./use-offices-import";

/** A template's offices as CSV: export, and import with a dry run, a real progress bar and a result report. */
export function OfficesCsvPage() {
  const { configId: templateId = "" } = useParams();
  const { client, role } = useFlowConfigs();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [text, setText] = useState("");
  const [confirming, setConfirming] = useState(false);
  const importing = useOfficesImport(templateId, showFlash);
  const { stage } = importing;
  const exporting = useFlashAction(showFlash, {
    run: async () => downloadFile(`${templateId}-offices.csv`, await client.exportOfficesCsv(templateId), "text/csv"),
    success: () => ({ type: "success", header: `Exported the offices of ${templateId}`, content: `Saved as ${templateId}-offices.csv.` }),
  });

  const layout = (content: ReactNode) => (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs configId={templateId} current="Offices" />}
      header={
        <Header
          variant="h1"
          description="One row per office: id, the version exported, description, lookup keys, then one column per variable and prompt text holding the office's override (empty = inherited). A row whose office changed after the export is flagged; a row without a version is written over the office as it is."
        >
          Offices of {templateId}
        </Header>
      }
    >
      {content}
    </ContentLayout>
  );
  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins import and export offices.</Alert>);

  const writable = stage.step === "checked" ? writableRows(stage.rows) : [];
  const stale = writable.filter((row) => row.stale);
  const apply = (confirmStale: readonly string[]) => {
    setConfirming(false);
    void importing.run("apply", text, confirmStale);
  };
  const running = stage.step === "running";
  const downloadResult = (rows: OfficesCsvReportRow[]) => (
    <Button iconName="download" onClick={() => downloadFile(`${templateId}-import-result.csv`, officeRowsToCsv(rows), "text/csv")}>
      Download result CSV
    </Button>
  );

  return layout(
    <>
    <FlashMessages items={flashItems} />
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" actions={<Button iconName="download" loading={exporting.running} onClick={() => void exporting.run()}>Export CSV</Button>}>Export and import</Header>}>
        <SpaceBetween size="m">
          <DocumentInput
            fileLabel="CSV file"
            fileDescription="The export's format; edit it in a spreadsheet, or paste it below."
            accept="text/csv,.csv"
            dropzoneText="Drop a CSV file"
            textLabel="Offices CSV"
            placeholder="id,version,description,lookupKeys,…"
            text={text}
            onTextChange={(next) => {
              setText(next);
              importing.reset();
            }}
          />
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={text.trim() === "" || running} loading={running && stage.mode === "dry-run"} onClick={() => void importing.run("dry-run", text)}>
              Check (dry run)
            </Button>
            {stage.step === "checked" && (
              <Button variant="primary" disabled={writable.length === 0} onClick={() => (stale.length > 0 ? setConfirming(true) : apply([]))}>
                {`Apply: write ${writable.length} office${writable.length === 1 ? "" : "s"}`}
              </Button>
            )}
          </SpaceBetween>
          {running && stage.mode === "apply" && (
            <ProgressBar
              label="Applying the import"
              value={stage.total === 0 ? 100 : Math.round((stage.done / stage.total) * 100)}
              description={`${stage.done} of ${stage.total} rows`}
            />
          )}
          {stage.step === "applied" && stage.stoppedAt && <Alert type="error">{stage.stoppedAt}</Alert>}
        </SpaceBetween>
      </Container>
      {stage.step === "checked" && <OfficeRowsTable title="Dry run" rows={stage.rows} />}
      {stage.step === "applied" && <OfficeRowsTable title="Result" rows={stage.rows} actions={downloadResult(stage.rows)} />}
    </SpaceBetween>
    {confirming && <StaleRowsModal rows={stale} onOverwrite={() => apply(stale.map((row) => row.id))} onSkip={() => apply([])} onCancel={() => setConfirming(false)} />}
    </>,
  );
}
