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
import { describeError } from "../../api/describe-error";
import { downloadFile } from "@flow-configs/ui";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { DocumentInput } from "../document-input";
import { useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { OfficeRowsTable, countOfficeActions } from "./components/office-rows-table";
import { csvChunks } from "./csv-chunks";

/** Records per apply request: small enough that the progress bar moves, large enough to stay quick for 1500. */
export const APPLY_CHUNK_SIZE = 100;

type Stage =
  | { step: "edit" }
  | { step: "checked"; rows: OfficesCsvReportRow[] }
  | { step: "applying"; done: number; total: number }
  | { step: "applied"; rows: OfficesCsvReportRow[]; stoppedAt?: string };

/** A template's offices as CSV: export, and import with a dry run, a real progress bar and a result report. */
export function OfficesCsvPage() {
  const { configId: templateId = "" } = useParams();
  const { client, role } = useFlowConfigs();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [text, setText] = useState("");
  const [stage, setStage] = useState<Stage>({ step: "edit" });
  const exporting = useFlashAction(showFlash, {
    run: async () => downloadFile(`${templateId}-offices.csv`, await client.exportOfficesCsv(templateId), "text/csv"),
    success: () => ({ type: "success", header: `Exported the offices of ${templateId}`, content: `Saved as ${templateId}-offices.csv.` }),
  });
  const checking = useFlashAction(showFlash, {
    run: async () => {
      const report = await client.importOfficesCsv(templateId, text, "dry-run");
      setStage({ step: "checked", rows: report.rows });
      return countOfficeActions(report.rows);
    },
    success: (counts) => ({
      type: counts.error > 0 ? "warning" : "info",
      header: "Dry run done: nothing written yet",
      content: `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors.`,
    }),
    failure: (failure) => ({ type: "error", header: failure.title, content: `${failure.message} Nothing was written.` }),
  });

  const layout = (content: ReactNode) => (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs configId={templateId} current="Offices" />}
      header={
        <Header variant="h1" description="One row per office: id, description, lookup keys, then one column per variable and prompt text holding the office's override (empty = inherited).">
          Offices of {templateId}
        </Header>
      }
    >
      {content}
    </ContentLayout>
  );
  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins import and export offices.</Alert>);

  async function apply() {
    const chunks = csvChunks(text, APPLY_CHUNK_SIZE);
    const total = chunks.reduce((sum, chunk) => sum + chunk.lines.length, 0);
    const rows: OfficesCsvReportRow[] = [];
    setStage({ step: "applying", done: 0, total });
    for (const chunk of chunks) {
      try {
        const report = await client.importOfficesCsv(templateId, chunk.csv, "apply");
        // The API numbers a chunk's lines from its own header; put the file's line numbers back.
        rows.push(...report.rows.map((row, index) => ({ ...row, line: chunk.lines[index] ?? row.line })));
        setStage({ step: "applying", done: rows.length, total });
      } catch (error) {
        const failure = describeError(error);
        const stoppedAt = `Stopped at line ${chunk.lines[0] ?? "?"}: ${failure.message}`;
        setStage({ step: "applied", rows, stoppedAt });
        showFlash({ type: "error", header: failure.title, content: `${stoppedAt}. Rows before it were applied; check the CSV again to continue.` });
        return;
      }
    }
    setStage({ step: "applied", rows });
    const counts = countOfficeActions(rows);
    showFlash({
      type: counts.error > 0 ? "warning" : "success",
      header: `Imported the offices of ${templateId}`,
      content: `${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.error} with errors. Download the result for the details.`,
    });
  }

  const writable = stage.step === "checked" ? stage.rows.filter((row) => row.action === "create" || row.action === "update").length : 0;
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
            placeholder="id,description,lookupKeys,…"
            text={text}
            onTextChange={(next) => {
              setText(next);
              setStage({ step: "edit" });
            }}
          />
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={text.trim() === "" || stage.step === "applying"} loading={checking.running} onClick={() => void checking.run()}>
              Check (dry run)
            </Button>
            {stage.step === "checked" && (
              <Button variant="primary" disabled={writable === 0} onClick={() => void apply()}>
                {`Apply: write ${writable} office${writable === 1 ? "" : "s"}`}
              </Button>
            )}
          </SpaceBetween>
          {stage.step === "applying" && (
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
    </>,
  );
}
