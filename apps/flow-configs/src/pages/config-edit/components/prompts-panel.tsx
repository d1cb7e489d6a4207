import Container from "@cloudscape-design/components/container";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Tabs from "@cloudscape-design/components/tabs";
import Textarea from "@cloudscape-design/components/textarea";
import type { FlowConfig } from "@flow-configs/model";
import { useState } from "react";
import { promptKey } from "../draft";
import type { Draft, Variant } from "../draft";
import { SourceBadge } from "./source-badge";

export interface PromptsPanelProps {
  config: FlowConfig;
  draft: Draft;
  issues: Record<string, string>;
  readOnly: boolean;
  onChange: (prompt: string, language: string, variant: Variant, text: string) => void;
  onReset?: (prompt: string) => void;
  resetting?: string | null;
}

/** Prompt texts, one tab per language; each prompt has a voice text (plain or SSML) and an optional chat text. */
export function PromptsPanel({ config, draft, issues, readOnly, onChange, onReset, resetting }: PromptsPanelProps) {
  const [language, setLanguage] = useState(config.defaultLanguage);
  if (config.prompts.length === 0) return null;
  const tabs = config.languages.map((tabLanguage) => ({
    id: tabLanguage,
    label: tabLanguage === config.defaultLanguage ? `${tabLanguage} (default)` : tabLanguage,
    content: (
      <SpaceBetween size="xl">
        {config.prompts.map((prompt) => {
          const texts = draft.prompts[prompt.name]?.[tabLanguage] ?? { voice: "", chat: "" };
          const textArea = (variant: Variant, hint: string) => (
            <FormField label={`${prompt.name} ${variant}`} description={hint} errorText={issues[promptKey(prompt.name, tabLanguage, variant)]} stretch>
              <Textarea
                value={texts[variant]}
                readOnly={readOnly}
                ariaLabel={`${prompt.name} ${variant}`}
                rows={variant === "voice" ? 3 : 2}
                onChange={(event) => onChange(prompt.name, tabLanguage, variant, event.detail.value)}
              />
            </FormField>
          );
          return (
            <SpaceBetween key={prompt.name} size="s">
              <Header variant="h3" description={prompt.description}>
                {prompt.name}{" "}
                <SourceBadge
                  name={prompt.name}
                  source={prompt.source}
                  onReset={readOnly || !onReset ? undefined : () => onReset(prompt.name)}
                  resetting={resetting === prompt.name}
                />
              </Header>
              {textArea("voice", "Plain text or SSML (<speak>…</speak>)")}
              {textArea("chat", "Optional; chat contacts get the voice text without SSML tags when empty")}
            </SpaceBetween>
          );
        })}
      </SpaceBetween>
    ),
  }));
  return (
    <Container header={<Header variant="h2" counter={`(${config.prompts.length})`}>Prompts</Header>}>
      <Tabs tabs={tabs} activeTabId={language} onChange={(event) => setLanguage(event.detail.activeTabId)} ariaLabel="Prompt languages" />
    </Container>
  );
}
