import Button from "@cloudscape-design/components/button";
import FormField from "@cloudscape-design/components/form-field";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import type { EntriesReport, EntryInput } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import type { Flash } from "../../flash";
import { expiresAtFor, type ExpiryChoice } from "../expiry-options";
import { keepLines } from "@flow-configs/model";
import { planPaste } from "../paste-plan";
import { ChunkProgress } from "./chunk-progress";
import { ExpirySelect } from "./expiry-select";
import { RejectedLines, type RejectedLine } from "./rejected-lines";
import { useChunkedAdd } from "./use-chunked-add";

export interface BulkPasteProps {
  addChunk: (entries: readonly EntryInput[]) => Promise<EntriesReport>;
  onDone: (flash: Flash) => void;
  onError: (header: string, error: unknown) => void;
}

/** Paste numbers, one per line with an optional reason after a comma; the lines not added stay in the box. */
export function BulkPaste({ addChunk, onDone, onError }: BulkPasteProps) {
  const [text, setText] = useState("");
  const [expiry, setExpiry] = useState<ExpiryChoice>("never");
  const { progress, addAll } = useChunkedAdd(addChunk);
  const [rejected, setRejected] = useState<RejectedLine[]>([]);

  const add = async () => {
    const plan = planPaste(text, expiresAtFor(expiry, new Date()));
    try {
      const result = await addAll(plan.entries.map((entry) => entry.input));
      const refused = result.rejected.map(({ index, message }) => {
        const line = plan.entries[index]?.line ?? 0;
        return { line, text: text.split(/\r?\n/)[line - 1] ?? "", why: message };
      });
      const left = [...plan.rejected, ...refused].sort((a, b) => a.line - b.line);
      setRejected(left);
      setText(keepLines(text, left.map((line) => line.line)));
      onDone({
        type: left.length > 0 ? "info" : "success",
        header: `Added ${result.saved} number${result.saved === 1 ? "" : "s"}`,
        ...(left.length > 0 ? { content: left.length === 1 ? "1 line stays in the box: fix it and add again." : `${left.length} lines stay in the box: fix them and add again.` } : {}),
      });
    } catch (error) {
      onError("The numbers were not all added", error);
    }
  };

  return (
    <SpaceBetween size="m">
      <FormField label="Numbers, one per line" description='Any common format; a reason may follow a comma: "+1 512 555 0100, fraud"' stretch>
        <Textarea value={text} rows={8} ariaLabel="Numbers, one per line" onChange={(event) => setText(event.detail.value)} />
      </FormField>
      <ExpirySelect value={expiry} onChange={setExpiry} />
      <ChunkProgress progress={progress} label="Adding numbers" />
      <Button variant="primary" loading={progress !== null} disabled={text.trim() === ""} onClick={() => void add()}>
        Add numbers
      </Button>
      <RejectedLines title="Not added" lines={rejected} />
    </SpaceBetween>
  );
}
