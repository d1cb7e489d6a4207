import FileUpload from "@cloudscape-design/components/file-upload";
import FormField from "@cloudscape-design/components/form-field";
import Textarea from "@cloudscape-design/components/textarea";
import { useState } from "react";
import { readFileText } from "../api/read-file-text";

export interface DocumentInputProps {
  fileLabel: string;
  fileDescription: string;
  /** The file types the picker offers, e.g. `text/csv,.csv`. */
  accept: string;
  dropzoneText: string;
  textLabel: string;
  placeholder: string;
  text: string;
  /** A new text, typed, pasted or read from a chosen file. */
  onTextChange: (text: string) => void;
}

/** A document to import: chosen as a file or pasted, shown as text either way so it can be checked and edited. */
export function DocumentInput({ fileLabel, fileDescription, accept, dropzoneText, textLabel, placeholder, text, onTextChange }: DocumentInputProps) {
  const [files, setFiles] = useState<File[]>([]);
  return (
    <>
      <FormField label={fileLabel} description={fileDescription}>
        <FileUpload
          value={files}
          accept={accept}
          i18nStrings={{
            uploadButtonText: () => "Choose file",
            dropzoneText: () => dropzoneText,
            removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
            limitShowFewer: "Show fewer files",
            limitShowMore: "Show more files",
            errorIconAriaLabel: "Error",
            warningIconAriaLabel: "Warning",
          }}
          onChange={(event) => {
            setFiles(event.detail.value);
            const file = event.detail.value[0];
            if (file) void readFileText(file).then(onTextChange);
          }}
        />
      </FormField>
      <FormField label={textLabel} stretch>
        <Textarea value={text} rows={8} ariaLabel={textLabel} placeholder={placeholder} onChange={(event) => onTextChange(event.detail.value)} />
      </FormField>
    </>
  );
}
