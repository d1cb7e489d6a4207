import Table from "@cloudscape-design/components/table";
import type { ChangeRequest, FlowConfig } from "@flow-configs/model";

/** One value a patch sets: the entry (a prompt's text by language and channel), what it is now, what it becomes. */
export interface PatchChange {
  entry: string;
  from: string;
  to: string;
}

/** A quick action's patch, or a change request's (which may also drop an office's overrides). */
type Patch = ChangeRequest["patch"];

const shown = (value: string | undefined): string => (value === undefined || value === "" ? "(empty)" : value);

/** Every value the patch sets, against the config as it is now; an entry already at its value is listed too. */
export function patchChanges(config: FlowConfig, patch: Patch): PatchChange[] {
  const variables = patch.variables.map(({ name, value }) => ({
    entry: name,
    from: shown(config.variables.find((variable) => variable.name === name)?.value),
    to: shown(value),
  }));
  const prompts = patch.prompts.flatMap(({ name, values }) => {
    const prompt = config.prompts.find((candidate) => candidate.name === name);
    return Object.entries(values).flatMap(([language, texts]) =>
      (["voice", "chat"] as const)
        .filter((variant) => texts[variant] !== undefined)
        .map((variant) => ({ entry: `${name} · ${language} ${variant}`, from: shown(prompt?.values[language]?.[variant]), to: shown(texts[variant]) })),
    );
  });
  const resets = (patch.reset ?? []).map((name) => ({ entry: name, from: "this office's value", to: `${config.templateId ?? "the template"}'s value` }));
  return [...variables, ...prompts, ...resets];
}

/** What a patch changes, entry by entry: From → To. */
export function PatchChanges({ config, patch, label }: { config: FlowConfig; patch: Patch; label: string }) {
  return (
    <Table
      variant="embedded"
      wrapLines
      ariaLabels={{ tableLabel: label }}
      items={patchChanges(config, patch)}
      trackBy="entry"
      columnDefinitions={[
        { id: "entry", header: "Entry", cell: (change) => change.entry, isRowHeader: true },
        { id: "from", header: "From", cell: (change) => change.from },
        { id: "to", header: "To", cell: (change) => change.to },
      ]}
    />
  );
}
