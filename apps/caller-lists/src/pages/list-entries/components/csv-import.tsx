import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import FileUpload from "@cloudscape-design/components/file-upload";
import FormField from "@cloudscape-design/components/form-field";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import { checkEntries, parseEntriesCsv, type EntriesReport, type EntryInput, type ImportReport } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import type { Flash } from "../../flash";
import { ChunkProgress } from "./chunk-progress";
import { RejectedLines } from "./rejected-lines";
import { useChunkedAdd } from "./use-chunked-add";

export interface CsvImportProps {
  dryRun: (csv: string) => Promise<ImportReport>;
  checking: boolean;
  addChunk: (entries: readonly EntryInput[]) => Promise<EntriesReport>;
  onDone: (flash: Flash) => void;
  onError: (header: string, error: unknown) => void;
}

/** The rows of a CSV that are fit to store, as the API would take them. */
function entriesOf(csv: string): EntryInput[] {
  return checkEntries(parseEntriesCsv(csv), new Date()).valid.map(({ line: _line, ...entry }) => entry);
}

/** A CSV (columns number, reason, note, expiresAt) checked by a dry run first, then imported 1000 rows a call. */
export function CsvImport({ dryRun, checking, addChunk, onDone, onError }: CsvImportProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<ImportReport | null>(null);
  const { progress, addAll } = useChunkedAdd(addChunk);

  const choose = (text: string) => {
    setCsv(text);
    setReport(null);
  };
  const check = async () => {
    try {
      setReport(await dryRun(csv));
    } catch (error) {
      onError("The file was not checked", error);
    }
  };
  const apply = async () => {
    try {
      const result = await addAll(entriesOf(csv));
      onDone({ type: "success", header: `Imported ${result.saved} entr${result.saved === 1 ? "y" : "ies"}`, content: `${(report?.rejected ?? 0) + result.rejected.length} rows were not imported.` });
      setReport(null);
      setFiles([]);
      setCsv("");
    } catch (error) {
      onError("The import stopped", error);
    }
  };

  return (
    <SpaceBetween size="m">
      <FormField label="CSV file" description="Columns number, reason, note, expiresAt; a header row names them in any order">
        <FileUpload
          value={files}
          accept=".csv,text/csv"
          i18nStrings={{
            uploadButtonText: () => "Choose file",
            dropzoneText: () => "Drop a CSV file here",
            removeFileAriaLabel: () => "Remove file",
            limitShowFewer: "Show fewer files",
            limitShowMore: "Show more files",
            errorIconAriaLabel: "Error",
          }}
          onChange={(event) => {
            setFiles(event.detail.value);
            const [file] = event.detail.value;
            if (file) void file.text().then(choose);
            else choose("");
          }}
        />
      </FormField>
      <FormField label="Or paste CSV" stretch>
        <Textarea value={files.length > 0 ? "" : csv} disabled={files.length > 0} rows={4} onChange={(event) => choose(event.detail.value)} />
      </FormField>
      <SpaceBetween direction="horizontal" size="xs">
        <Button loading={checking} disabled={csv.trim() === "" || progress !== null} onClick={() => void check()}>
          Check file
        </Button>
        {report && report.valid > 0 && (
          <Button variant="primary" loading={progress !== null} onClick={() => void apply()}>
            {`Import ${report.valid} entr${report.valid === 1 ? "y" : "ies"}`}
          </Button>
        )}
      </SpaceBetween>
      <ChunkProgress progress={progress} label="Importing" />
      {report && (
        <Alert type={report.rejected > 0 ? "warning" : "info"} header="Checked, nothing written yet">
          {`${report.valid} rows can be imported; ${report.rejected} cannot (listed below).`}
        </Alert>
      )}
      {report && <RejectedLines title="Rows that will not be imported" lines={report.rejects.map((reject) => ({ line: reject.line, text: reject.number ?? "", why: reject.message ?? reject.status }))} />}
    </SpaceBetween>
  );
}
