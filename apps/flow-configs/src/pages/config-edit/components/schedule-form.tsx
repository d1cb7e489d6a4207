import Box from "@cloudscape-design/components/box";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import Multiselect from "@cloudscape-design/components/multiselect";
import Textarea from "@cloudscape-design/components/textarea";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { checkScheduledChange, instantOf, parseDateTime, zoneLabel } from "@flow-configs/model";
import type { FlowConfig, Issue, PromptText, ScheduledChangeInput } from "@flow-configs/model";
import { useState } from "react";
import { ConfirmModal } from "@flow-configs/ui";
import { DateTimeInZone } from "./date-time-in-zone-lazy";
import { EMPTY_WALL_CLOCK, wallClockOf } from "./wall-clock-fields";
import type { WallClockFields } from "./wall-clock-fields";
import { variableControl } from "./variable-field";

export interface ScheduleFormProps {
  config: FlowConfig;
  timeZone: string;
  scheduling: boolean;
  /** What the API refused on the last try, shown in the form (the page's flash is behind the dialog). */
  refused: string | null;
  /** Resolves once the API answered: true when the window was scheduled or a change request made. */
  onSchedule: (input: ScheduledChangeInput) => Promise<boolean>;
  onCancel: () => void;
}

type Variable = FlowConfig["variables"][number];
type Prompt = FlowConfig["prompts"][number];
/** A prompt's texts in one language as the form edits them (empty: none). */
interface PromptTexts {
  voice: string;
  chat: string;
}
const PROMPT_VARIANTS = ["voice", "chat"] as const;
const savedTexts = (prompt: Prompt, language: string): PromptTexts => ({ voice: prompt.values[language]?.voice ?? "", chat: prompt.values[language]?.chat ?? "" });

/** The field a problem is shown on: `variable:<name>`, `prompt:<name>:<language>`, `entries`, `from`, `to`, or the form as a whole (""). */
type Errors = Record<string, string>;

/** A new window's first guess: the other value of a switch, the current value of anything else. */
const firstGuess = (variable: Variable) => (variable.type === "boolean" ? String(variable.value !== "true") : variable.value);

function fieldOf(issue: Issue, patch: ScheduledChangeInput["patch"]): string {
  const variable = /^patch\.variables\[(\d+)\]/.exec(issue.path);
  if (variable) return `variable:${patch.variables[Number(variable[1])]?.name ?? ""}`;
  const prompt = /^patch\.prompts\[(\d+)\]\.values\.([^.]+)/.exec(issue.path);
  if (prompt) return `prompt:${patch.prompts[Number(prompt[1])]?.name ?? ""}:${prompt[2] ?? ""}`;
  return issue.path === "from" || issue.path === "to" ? issue.path : "";
}

/** Names the field each problem is on; the form's own problems (too many windows, nothing chosen) under "". */
function errorsOf(issues: readonly Issue[], patch: ScheduledChangeInput["patch"]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = fieldOf(issue, patch);
    const message = field.startsWith("variable:") ? issue.message.replace(/^\S+ /, "") : issue.message;
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}

/**
 * "Schedule a change": the variables and prompts to change and their values in the window (each checked as
 * its type says; a prompt's voice and chat texts per language), from and to on the config's clocks, and a note. Checked
 * here as the API checks it before sending.
 */
export function ScheduleForm({ config, timeZone, scheduling, refused, onSchedule, onCancel }: ScheduleFormProps) {
  const variables = config.variables.filter((variable) => variable.type !== "list-entry");
  const [names, setNames] = useState<string[]>([]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Record<string, Record<string, PromptTexts>>>({});
  const [from, setFrom] = useState<WallClockFields>(EMPTY_WALL_CLOCK);
  const [to, setTo] = useState<WallClockFields>(EMPTY_WALL_CLOCK);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const fromText = wallClockOf(from);
  const parsedFrom = fromText ? parseDateTime(fromText) : null;
  // The zone's short name on the day the window opens (CST or CDT), else today's.
  const zone = zoneLabel(timeZone, parsedFrom ? instantOf(parsedFrom, timeZone) : Date.now());

  const choose = (chosen: string[]) => {
    setNames(chosen);
    setValues((current) => {
      const next: Record<string, string> = {};
      for (const name of chosen) {
        const variable = variables.find((candidate) => candidate.name === name);
        if (variable) next[name] = current[name] ?? firstGuess(variable);
      }
      return next;
    });
    setTexts((current) => {
      const next: Record<string, Record<string, PromptTexts>> = {};
      for (const name of chosen) {
        const prompt = config.prompts.find((candidate) => candidate.name === name);
        if (prompt) next[name] = current[name] ?? Object.fromEntries(config.languages.map((language) => [language, savedTexts(prompt, language)]));
      }
      return next;
    });
    setErrors(({ entries: _entries, ...rest }) => rest);
  };

  // Only the texts (voice, chat) the user changed and left not empty are part of the window, by language.
  const changedTexts = (name: string): [string, PromptText][] => {
    const prompt = config.prompts.find((candidate) => candidate.name === name);
    return Object.entries(texts[name] ?? {}).flatMap(([language, edited]): [string, PromptText][] => {
      const saved = prompt ? savedTexts(prompt, language) : { voice: "", chat: "" };
      const changed = PROMPT_VARIANTS.filter((variant) => edited[variant].trim() !== "" && edited[variant] !== saved[variant]);
      return changed.length > 0 ? [[language, Object.fromEntries(changed.map((variant) => [variant, edited[variant]]))]] : [];
    });
  };

  const submit = async () => {
    const found: Errors = {};
    if (names.length === 0) found.entries = "Choose at least one variable or prompt to change.";
    if (fromText === "") found.from = "Enter the date and time the change starts.";
    if (fromText === null) found.from = "Enter a date (YYYY-MM-DD) and a time (hh:mm:ss).";
    for (const name of Object.keys(texts)) {
      if (changedTexts(name).length === 0) found[`prompt:${name}:${config.defaultLanguage}`] = "Change the text callers hear during the window in at least one language.";
    }
    const toText = wallClockOf(to);
    if (toText === null) found.to = "Finish the date and the time, or clear both to keep the change until it is removed.";
    if (Object.keys(found).length > 0 || fromText === null || toText === null) {
      setErrors(found);
      return;
    }
    const input: ScheduledChangeInput = {
      from: fromText,
      ...(toText !== "" && { to: toText }),
      patch: {
        variables: names.flatMap((name) => (name in values ? [{ name, value: values[name] ?? "" }] : [])),
        prompts: names.flatMap((name) => (name in texts ? [{ name, values: Object.fromEntries(changedTexts(name)) }] : [])),
      },
      ...(note.trim() !== "" && { note: note.trim() }),
    };
    const issues = checkScheduledChange(input, { shape: config, timeZone, nowMs: Date.now(), existing: config.scheduledChanges?.length ?? 0 });
    const checked = errorsOf(issues, input.patch);
    setErrors(checked);
    if (Object.keys(checked).length > 0) return;
    if (await onSchedule(input)) onCancel();
  };

  const options = [
    ...variables.map((variable) => ({ value: variable.name, label: `${variable.name} (now ${variable.value === "" ? "empty" : variable.value})` })),
    ...config.prompts.map((prompt) => ({ value: prompt.name, label: `${prompt.name} (prompt)` })),
  ];
  const promptFields = (prompt: Prompt) => (
    <SpaceBetween key={prompt.name} size="s">
      {config.languages.flatMap((language) =>
        PROMPT_VARIANTS.map((variant) => {
          const label = `${prompt.name} ${language} ${variant} during the window`;
          const edited = texts[prompt.name]?.[language] ?? { voice: "", chat: "" };
          return (
            <FormField
              key={`${language}-${variant}`}
              label={label}
              description={variant === "chat" ? "Optional; chat contacts get the voice text without SSML tags when empty" : undefined}
              errorText={variant === "voice" ? errors[`prompt:${prompt.name}:${language}`] : undefined}
              stretch
            >
              <Textarea
                value={edited[variant]}
                ariaLabel={label}
                rows={2}
                onChange={(event) =>
                  setTexts((current) => ({ ...current, [prompt.name]: { ...current[prompt.name], [language]: { ...edited, [variant]: event.detail.value } } }))
                }
              />
            </FormField>
          );
        }),
      )}
    </SpaceBetween>
  );
  const formError = [errors[""], refused].filter(Boolean).join(" ");
  return (
    <ConfirmModal header="Schedule a change" confirmText="Schedule" confirming={scheduling} onConfirm={() => void submit()} onCancel={onCancel}>
      <form onSubmit={(event) => event.preventDefault()}>
        <Form errorText={formError || undefined}>
          <SpaceBetween size="l">
            <Box variant="p">The values change on their own at the start, and change back at the end. Times are on the clocks of {zone}.</Box>
            <FormField label="Variables and prompts to change" errorText={errors.entries} stretch>
              <Multiselect
                selectedOptions={options.filter((option) => names.includes(option.value))}
                options={options}
                placeholder="Choose variables or prompts"
                ariaLabel="Variables and prompts to change"
                filteringType={options.length > 8 ? "auto" : "none"}
                onChange={(event) => choose(event.detail.selectedOptions.flatMap((option) => (option.value ? [option.value] : [])))}
              />
            </FormField>
            {names.map((name) => {
              const variable = variables.find((candidate) => candidate.name === name);
              const prompt = config.prompts.find((candidate) => candidate.name === name);
              if (prompt) return promptFields(prompt);
              if (!variable) return null;
              const label = `${name} during the window`;
              return (
                <FormField key={name} label={label} errorText={errors[`variable:${name}`]} stretch>
                  {variableControl(variable, values[name] ?? "", false, (value) => setValues((current) => ({ ...current, [name]: value })), label)}
                </FormField>
              );
            })}
            <DateTimeInZone label="From" zone={zone} value={from} onChange={setFrom} errorText={errors.from} />
            <DateTimeInZone label="To" zone={zone} value={to} onChange={setTo} description="Empty: in effect until removed" errorText={errors.to} />
            <FormField label="Note (optional)" stretch>
              <Input value={note} ariaLabel="Note" placeholder="Christmas closure" onChange={(event) => setNote(event.detail.value)} />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </ConfirmModal>
  );
}
