import Container from "@cloudscape-design/components/container";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Tabs from "@cloudscape-design/components/tabs";
import Textarea from "@cloudscape-design/components/textarea";
import type { FlowConfig, PromptInEffect } from "@flow-configs/model";
import { useEffect, useState } from "react";
import { FIELD_KEY_ATTRIBUTE } from "../../focus-field";
import { promptKey } from "../draft";
import type { Draft, Variant } from "../draft";
import { InEffectNow } from "./in-effect-now";
import { SourceBadge } from "./source-badge";

export interface PromptsPanelProps {
  config: FlowConfig;
  draft: Draft;
  issues: Record<string, string>;
  readOnly: boolean;
  onChange: (prompt: string, language: string, variant: Variant, text: string) => void;
  onReset?: (prompt: string) => void;
  resets?: readonly string[];
  onUndoReset?: (prompt: string) => void;
  /** A refused save opens the language tab of the first field in error. */
  focus?: { language?: string; nonce: number } | null;
  /** Prompts a scheduled window changes right now, shown beside the saved texts. */
  inEffect?: { prompts: ReadonlyMap<string, PromptInEffect>; timeZone: string };
}

const VARIANTS: { variant: Variant; hint: string }[] = [
  { variant: "voice", hint: "Plain text or SSML (<speak>…</speak>)" },
  { variant: "chat", hint: "Optional; chat contacts get the voice text without SSML tags when empty" },
];

/** Prompt texts, one tab per language; each prompt has a voice text (plain or SSML) and an optional chat text. */
export function PromptsPanel({ config, draft, issues, readOnly, onChange, onReset, resets = [], onUndoReset, focus, inEffect }: PromptsPanelProps) {
  const [language, setLanguage] = useState(config.defaultLanguage);
  useEffect(() => {
    if (focus?.language) setLanguage(focus.language);
  }, [focus]);
  if (config.prompts.length === 0) return null;
  const hasError = (tabLanguage: string) =>
    config.prompts.some((prompt) => VARIANTS.some(({ variant }) => issues[promptKey(prompt.name, tabLanguage, variant)]));
  const tabs = config.languages.map((tabLanguage) => ({
    id: tabLanguage,
    label: (
      <span>
        {tabLanguage === config.defaultLanguage ? `${tabLanguage} (default)` : tabLanguage}
        {hasError(tabLanguage) && (
          <>
            {" "}
            <StatusIndicator type="error" iconAriaLabel="has errors" />
          </>
        )}
      </span>
    ),
    content: (
      <SpaceBetween size="xl">
        {config.prompts.map((prompt) => {
          const texts = draft.prompts[prompt.name]?.[tabLanguage] ?? { voice: "", chat: "" };
          const pending = resets.includes(prompt.name);
          const now = inEffect?.prompts.get(prompt.name);
          const servedNow = now?.value[tabLanguage];
          return (
            <SpaceBetween key={prompt.name} size="s">
              <Header variant="h3" description={prompt.description}>
                {prompt.name}{" "}
                <SourceBadge
                  name={prompt.name}
                  source={prompt.source}
                  onReset={readOnly || !onReset ? undefined : () => onReset(prompt.name)}
                  resetPending={pending}
                  onUndoReset={onUndoReset && (() => onUndoReset(prompt.name))}
                />
              </Header>
              {now && inEffect && (
                <InEffectNow inEffect={{ value: servedNow?.voice ?? "", untilMs: now.untilMs }} timeZone={inEffect.timeZone} />
              )}
              {VARIANTS.map(({ variant, hint }) => {
                const key = promptKey(prompt.name, tabLanguage, variant);
                return (
                  <div key={variant} {...{ [FIELD_KEY_ATTRIBUTE]: key }}>
                    <FormField label={`${prompt.name} ${variant}`} description={hint} errorText={issues[key]} stretch>
                      <Textarea
                        value={texts[variant]}
                        readOnly={readOnly || pending}
                        ariaLabel={`${prompt.name} ${variant}`}
                        rows={variant === "voice" ? 3 : 2}
                        onChange={(event) => onChange(prompt.name, tabLanguage, variant, event.detail.value)}
                      />
                    </FormField>
                  </div>
                );
              })}
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
