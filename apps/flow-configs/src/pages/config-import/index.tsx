import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ImportReportRow } from "@flow-configs/api-client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { configKeys } from "../../api/config-queries";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { DocumentInput } from "../document-input";
import { useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { ImportRowsTable, countActions } from "./components/import-rows-table";

type Stage = { step: "edit" } | { step: "checked"; document: unknown; rows: ImportReportRow[] } | { step: "applied"; rows: ImportReportRow[] };

/** JSON import (admin): a document from another environment is checked whole (dry run) before anything is written. */
export function ConfigImportPage() {
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [text, setText] = useState("");
  const [stage, setStage] = useState<Stage>({ step: "edit" });
  const queryClient = useQueryClient();

  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs current="Import" />} header={<Header variant="h1" description="Configs exported from another environment, as a flow-configs JSON document.">Import flow configs</Header>}>
      {content}
    </ContentLayout>
  );

  const checking = useFlashAction(showFlash, {
    run: async (document: unknown) => {
      const report = await client.importConfigs(document, "dry-run");
      setStage({ step: "checked", document, rows: report.rows });
      return countActions(report.rows);
    },
    success: (counts) => ({
      type: counts.invalid > 0 ? "warning" : "info",
      header: "Dry run done: nothing written yet",
      content: `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.invalid} invalid.`,
    }),
    failure: (failure) => ({ type: "error", header: failure.title, content: `${failure.message} Nothing was written.` }),
  });

  const applying = useFlashAction(showFlash, {
    run: async (document: unknown) => {
      const report = await client.importConfigs(document, "apply");
      setStage({ step: "applied", rows: report.rows });
      // Every config the import wrote may be cached: load them again when next opened.
      void queryClient.invalidateQueries({ queryKey: configKeys.all });
      return countActions(report.rows);
    },
    success: (counts) => ({
      type: counts.invalid > 0 ? "warning" : "success",
      header: "Import applied",
      content: `${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged${counts.invalid > 0 ? `, ${counts.invalid} not imported` : ""}.`,
      action: { text: "Open the list", onClick: () => navigate(basePath || "/") },
    }),
  });

  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins import flow configs.</Alert>);

  function check() {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      showFlash({ type: "error", header: "Not JSON", content: `The document cannot be read: ${error instanceof Error ? error.message : String(error)}. Nothing was written.` });
      return;
    }
    void checking.run(document);
  }

  const writable = stage.step === "checked" ? stage.rows.filter((row) => row.action === "create" || row.action === "update").length : 0;
  return layout(
    <>
    <FlashMessages items={flashItems} />
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Document</Header>}>
        <SpaceBetween size="m">
          <DocumentInput
            fileLabel="Export file"
            fileDescription="A .json file from Export JSON, or paste the document below."
            accept="application/json,.json"
            dropzoneText="Drop a file to import"
            textLabel="Document"
            placeholder='{ "format": "flow-configs", "formatVersion": 1, "configs": [ … ] }'
            text={text}
            onTextChange={(next) => {
              setText(next);
              setStage({ step: "edit" });
            }}
          />
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={text.trim() === ""} loading={checking.running} onClick={check}>
              Check (dry run)
            </Button>
            {stage.step === "checked" && (
              <Button variant="primary" disabled={writable === 0} loading={applying.running} onClick={() => void applying.run(stage.document)}>
                {`Apply: write ${writable} config${writable === 1 ? "" : "s"}`}
              </Button>
            )}
          </SpaceBetween>
        </SpaceBetween>
      </Container>
      {stage.step === "checked" && <ImportRowsTable title="Dry run" rows={stage.rows} />}
      {stage.step === "applied" && <ImportRowsTable title="Imported" rows={stage.rows} />}
    </SpaceBetween>
    </>,
  );
}
