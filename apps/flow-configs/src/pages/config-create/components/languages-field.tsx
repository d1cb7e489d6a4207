import Button from "@cloudscape-design/components/button";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import TokenGroup from "@cloudscape-design/components/token-group";
import { LANGUAGE_PATTERN } from "@flow-configs/model";
import { useState } from "react";

export interface LanguagesFieldProps {
  languages: string[];
  defaultLanguage: string;
  errorText?: string;
  defaultErrorText?: string;
  onChange: (languages: string[], defaultLanguage: string) => void;
}

/** The languages prompts are written in (Connect locale codes) and the one served when a contact's is missing. */
export function LanguagesField({ languages, defaultLanguage, errorText, defaultErrorText, onChange }: LanguagesFieldProps) {
  const [typed, setTyped] = useState("");
  const candidate = typed.trim();
  const typedError = candidate && !LANGUAGE_PATTERN.test(candidate) ? "Use a locale code such as en-US or es-US" : undefined;
  const add = () => {
    if (!candidate || typedError || languages.includes(candidate)) return;
    onChange([...languages, candidate], defaultLanguage || candidate);
    setTyped("");
  };
  const options = languages.map((language) => ({ value: language, label: language }));
  return (
    <SpaceBetween size="m">
      <FormField label="Languages" description="Locale codes as Amazon Connect uses them" errorText={typedError ?? errorText} stretch>
        <SpaceBetween size="xs">
          <SpaceBetween direction="horizontal" size="xs">
            <Input
              ariaLabel="Language to add"
              placeholder="es-US"
              value={typed}
              onChange={(event) => setTyped(event.detail.value)}
              onKeyDown={(event) => event.detail.key === "Enter" && add()}
            />
            <Button formAction="none" onClick={add} disabled={!candidate || Boolean(typedError)}>
              Add language
            </Button>
          </SpaceBetween>
          <TokenGroup
            items={languages.map((language) => ({ label: language, dismissLabel: `Remove ${language}` }))}
            onDismiss={(event) => {
              const next = languages.filter((_, index) => index !== event.detail.itemIndex);
              onChange(next, next.includes(defaultLanguage) ? defaultLanguage : (next[0] ?? ""));
            }}
          />
        </SpaceBetween>
      </FormField>
      <FormField label="Default language" description="Served when a contact's language has no text" errorText={defaultErrorText} stretch>
        <Select
          ariaLabel="Default language"
          options={options}
          selectedOption={options.find((option) => option.value === defaultLanguage) ?? null}
          placeholder="Add a language first"
          onChange={(event) => onChange(languages, event.detail.selectedOption.value ?? "")}
        />
      </FormField>
    </SpaceBetween>
  );
}
