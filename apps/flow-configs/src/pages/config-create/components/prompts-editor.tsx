import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Tabs from "@cloudscape-design/components/tabs";
import Textarea from "@cloudscape-design/components/textarea";
import type { Issue } from "@flow-configs/model";
import { issuesAt } from "../shape-draft";
import type { PromptRow } from "../shape-draft";

export interface PromptsEditorProps {
  rows: PromptRow[];
  languages: string[];
  issues: readonly Issue[];
  onChange: (rows: PromptRow[]) => void;
}

/** The prompts of a config's shape: each with a name and, per language, voice and chat texts. */
export function PromptsEditor({ rows, languages, issues, onChange }: PromptsEditorProps) {
  const update = (index: number, patch: Partial<PromptRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <SpaceBetween size="m">
      {rows.map((row, index) => {
        const found = issuesAt(issues, `prompts[${index}]`);
        const label = row.name || `Prompt ${index + 1}`;
        return (
          <Container
            key={index}
            header={
              <Header variant="h3" actions={<Button onClick={() => onChange(rows.filter((_, at) => at !== index))} ariaLabel={`Remove ${label}`}>Remove</Button>}>
                {label}
              </Header>
            }
          >
            <SpaceBetween size="m">
              <FormField label={`Prompt ${index + 1} name`} errorText={found.name} stretch>
                <Input ariaLabel={`Prompt ${index + 1} name`} value={row.name} onChange={(event) => update(index, { name: event.detail.value })} />
              </FormField>
              <FormField label={`Prompt ${index + 1} description`} stretch>
                <Input ariaLabel={`Prompt ${index + 1} description`} value={row.description} onChange={(event) => update(index, { description: event.detail.value })} />
              </FormField>
              <Tabs
                ariaLabel={`Languages of prompt ${index + 1}`}
                tabs={languages.map((language) => {
                  const texts = row.texts[language] ?? { voice: "", chat: "" };
                  const setText = (variant: "voice" | "chat", text: string) =>
                    update(index, { texts: { ...row.texts, [language]: { ...texts, [variant]: text } } });
                  return {
                    id: language,
                    label: language,
                    content: (
                      <SpaceBetween size="s">
                        <FormField label={`${label} voice`} description="Plain text or SSML" errorText={found[`values.${language}.voice`]} stretch>
                          <Textarea ariaLabel={`${label} voice`} value={texts.voice} onChange={(event) => setText("voice", event.detail.value)} />
                        </FormField>
                        <FormField label={`${label} chat`} description="Optional" errorText={found[`values.${language}.chat`]} stretch>
                          <Textarea ariaLabel={`${label} chat`} rows={2} value={texts.chat} onChange={(event) => setText("chat", event.detail.value)} />
                        </FormField>
                      </SpaceBetween>
                    ),
                  };
                })}
              />
            </SpaceBetween>
          </Container>
        );
      })}
      <Button onClick={() => onChange([...rows, { name: "", description: "", texts: {} }])}>Add prompt</Button>
    </SpaceBetween>
  );
}
