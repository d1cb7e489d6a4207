import Alert from "@cloudscape-design/components/alert";
import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import CopyToClipboard from "@cloudscape-design/components/copy-to-clipboard";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import { LIMITS, instantOf, parseDateTime, zoneLabel } from "@flow-configs/model";
import type { Channel, FlowConfig, Preview } from "@flow-configs/model";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { configKeys } from "../../../api/config-queries";
import { describeError } from "../../../api/describe-error";
import { useFlowConfigs } from "../../../expose/flow-configs-context";
import { DateTimeInZone } from "./date-time-in-zone-lazy";
import { EMPTY_WALL_CLOCK, wallClockOf } from "./wall-clock-fields";
import type { WallClockFields } from "./wall-clock-fields";

export interface PreviewPanelProps {
  /** The saved config: the preview asks the API, so it shows what is saved, not unsaved edits. */
  config: FlowConfig;
  /** The config's zone: the "at" picker reads its clocks. */
  timeZone: string;
  /** The page's clock, moving on when a window opens or closes: a preview of now follows it. */
  nowMs: number;
}

interface PreviewRow {
  name: string;
  value: string;
  fallback?: { requested: string; served: string | null };
}

// A Select rather than a segmented control: it stays the same control on a phone.
const CHANNELS: { value: Channel; label: string }[] = [
  { value: "VOICE", label: "Voice" },
  { value: "CHAT", label: "Chat" },
];

function rowsOf(preview: Preview): PreviewRow[] {
  const fallbacks = new Map(preview.fallbacks.map((fallback) => [fallback.prompt, fallback]));
  return Object.entries(preview.values).map(([name, value]) => {
    const fallback = fallbacks.get(name);
    return { name, value, ...(fallback && { fallback: { requested: fallback.requested, served: fallback.served } }) };
  });
}

/** The instant an "at" picker names, as the API takes it (`…Z`); null while the picker is half filled, undefined for now. */
function atInstant(fields: WallClockFields, timeZone: string): string | undefined | null {
  const text = wallClockOf(fields);
  if (text === "") return undefined;
  const parsed = text === null ? null : parseDateTime(text);
  return parsed ? new Date(instantOf(parsed, timeZone)).toISOString() : null;
}

/** Exactly what getConfig returns for a language and channel, now or at a picked instant, its size, and a copy button for each attribute. */
export function PreviewPanel({ config, timeZone, nowMs }: PreviewPanelProps) {
  const { client } = useFlowConfigs();
  const [language, setLanguage] = useState(config.defaultLanguage);
  const [channel, setChannel] = useState<Channel>("VOICE");
  const [atFields, setAtFields] = useState<WallClockFields>(EMPTY_WALL_CLOCK);
  const picked = atInstant(atFields, timeZone);
  // A half-filled picker keeps showing the last instant asked for.
  const [at, setAt] = useState<string | undefined>(undefined);
  if (picked !== null && picked !== at) setAt(picked);
  // The version is in the key: after a save the preview shows the new values; so is the clock, for "now".
  const loaded = useQuery({
    queryKey: [...configKeys.config(config.id), "preview", config.version, language, channel, at ?? nowMs],
    queryFn: () => client.preview(config.id, { lang: language, channel, ...(at !== undefined && { at }) }),
  });
  const preview: Preview | undefined = loaded.data;
  const languageOptions = config.languages.map((code) => ({ value: code, label: code }));
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="What getConfig returns to a contact flow, as saved, now or at the date and time you pick. Copy an attribute's reference for the flow designer."
        >
          Preview
        </Header>
      }
    >
      <SpaceBetween size="m">
        <SpaceBetween direction="horizontal" size="m">
          <FormField label="Language">
            <Select
              selectedOption={languageOptions.find((option) => option.value === language) ?? null}
              options={languageOptions}
              ariaLabel="Preview language"
              onChange={(event) => setLanguage(event.detail.selectedOption.value ?? config.defaultLanguage)}
            />
          </FormField>
          <FormField label="Channel">
            <Select
              selectedOption={CHANNELS.find((option) => option.value === channel) ?? null}
              options={CHANNELS}
              ariaLabel="Preview channel"
              onChange={(event) => setChannel((event.detail.selectedOption.value as Channel | undefined) ?? "VOICE")}
            />
          </FormField>
          <DateTimeInZone
            label="At"
            zone={zoneLabel(timeZone, at === undefined ? nowMs : Date.parse(at))}
            value={atFields}
            onChange={setAtFields}
            description="Empty: now"
            errorText={picked === null ? "Enter both a date and a time, or clear both for now." : undefined}
          />
        </SpaceBetween>
        {loaded.isError && <Alert type="error" header="Could not load the preview">{describeError(loaded.error).message}</Alert>}
        {preview && (
          <Box variant="p">
            {preview.bytes} bytes of the {LIMITS.responseBytes / 1024} KB Lambda response limit
            {preview.fallbacks.length > 0 ? ` · ${preview.fallbacks.length} prompt(s) fell back to another language` : ""}
          </Box>
        )}
        <Table
          variant="embedded"
          wrapLines
          loading={loaded.isPending}
          loadingText="Loading the preview"
          items={preview ? rowsOf(preview) : []}
          trackBy="name"
          ariaLabels={{ tableLabel: `getConfig for ${language}, ${channel}` }}
          empty="This config returns no attributes."
          columnDefinitions={[
            {
              id: "name",
              header: "Attribute",
              isRowHeader: true,
              cell: (row) => (
                <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
                  <CopyToClipboard
                    variant="icon"
                    textToCopy={`$.External.${row.name}`}
                    copyButtonAriaLabel={`Copy $.External.${row.name}`}
                    copySuccessText={`Copied $.External.${row.name}`}
                    copyErrorText="Could not copy"
                  />
                  <span>{row.name}</span>
                </SpaceBetween>
              ),
            },
            {
              id: "value",
              header: "Value",
              cell: (row) => (
                <SpaceBetween size="xxs">
                  <span>{row.value === "" ? "(empty)" : row.value}</span>
                  {row.fallback && (
                    <Badge color="red">{row.fallback.served ? `fell back to ${row.fallback.served}` : `no text in ${row.fallback.requested}`}</Badge>
                  )}
                </SpaceBetween>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}
