import Alert from "@cloudscape-design/components/alert";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import Textarea from "@cloudscape-design/components/textarea";
import { isApiError } from "@flow-configs/api-client";
import type { ConfigInput, FlowConfig, Issue } from "@flow-configs/model";
import { useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { useConfigQuery, useConfigSaved } from "../../api/config-queries";
import { describeError } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { PromptsPanel } from "../config-edit/components/prompts-panel";
import { VariablesPanel } from "../config-edit/components/variables-panel";
import { draftIssues, draftOf, fieldOrder } from "../config-edit/draft";
import type { Draft, Variant } from "../config-edit/draft";
import { FIELD_KEY_ATTRIBUTE, useFocusField } from "../focus-field";
import { useFlashAction } from "../use-flash-action";
import type { FlashNavigationState } from "../use-flash-messages";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { PageForm } from "../page-form";
import { officeInput } from "./office-input";
import type { OfficeForm } from "./office-input";

/** "New office from template": an id, lookup keys and only the values that differ; everything else is inherited. */
export function OfficeCreatePage() {
  const { configId: templateId = "" } = useParams();
  const { role } = useFlowConfigs();
  const loaded = useConfigQuery(templateId, { enabled: canEditShape(role) });

  const layout = (content: ReactNode) => (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs configId={templateId} current="New office" />}
      header={<Header variant="h1" description={`Change only what differs for this office; everything else is inherited from ${templateId} and follows its changes.`}>New office from {templateId}</Header>}
    >
      {content}
    </ContentLayout>
  );
  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins create offices.</Alert>);
  if (loaded.isError) {
    const failure = describeError(loaded.error);
    return layout(<Alert type="error" header={failure.title}>{failure.message}</Alert>);
  }
  if (loaded.isPending) return layout(<Spinner size="large" />);
  const template = loaded.data.config;
  if (template.templateId) {
    return layout(<Alert type="info">{templateId} is itself an instance of {template.templateId}: create the office from {template.templateId}.</Alert>);
  }
  return layout(<OfficeForm template={template} />);
}

function OfficeForm({ template }: { template: FlowConfig }) {
  const { client, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [form, setForm] = useState<OfficeForm>({ id: "", description: "", lookupKeys: "" });
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [focus, setFocus] = useState<{ key: string; nonce: number } | null>(null);
  useFocusField(focus);
  const configSaved = useConfigSaved();
  const creating = useFlashAction(showFlash, {
    run: async (input: ConfigInput) => {
      const created = await client.create(input);
      configSaved(created);
      const overrides = input.variables.length + input.prompts.length;
      const state: FlashNavigationState = {
        flash: { type: "success", header: `Created ${created.config.id} from ${template.id}`, content: `${overrides} override(s); the rest is inherited.` },
      };
      navigate(`${basePath}/${encodeURIComponent(created.config.id)}`, { state });
    },
    failure: (failure, input, error) => {
      if (isApiError(error)) {
        // A taken id (409) is the Id field's problem; a refused lookup key names its field in the issues.
        const refused = error.status === 409 && error.issues.length === 0 ? [{ path: /lookup/i.test(error.message) ? "lookupKeys" : "id", message: error.message }] : [...error.issues];
        setIssues(refused);
        const first = refused[0]?.path.replace(/\[\d+\]$/, "");
        if (first) setFocus((previous) => ({ key: first, nonce: (previous?.nonce ?? 0) + 1 }));
      }
      return { type: "error", header: failure.title, content: describeError(error, input).message };
    },
  });

  const valueIssues = draftIssues(template, draft);
  const issueAt = (path: string) => issues.filter((issue) => issue.path === path).map((issue) => issue.message).join("; ") || undefined;

  function submit() {
    const built = officeInput(template, form, draft);
    setIssues(built.issues);
    if (!built.input || Object.keys(valueIssues).length > 0) {
      const first = built.issues[0]?.path ?? fieldOrder(template).find((field) => field.key in valueIssues)?.key;
      if (first) setFocus((previous) => ({ key: first, nonce: (previous?.nonce ?? 0) + 1 }));
      showFlash({ type: "error", header: "Fix the marked fields", content: "Nothing was created." });
      return;
    }
    void creating.run(built.input);
  }

  return (
    <>
    <FlashMessages items={flashItems} />
    <PageForm submitText="Create office" submitting={creating.running} onSubmit={submit} onCancel={() => navigate(`${basePath}/${encodeURIComponent(template.id)}`)}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Office</Header>}>
          <SpaceBetween size="m">
            <div {...{ [FIELD_KEY_ATTRIBUTE]: "id" }}>
              <FormField label="Office id" description="1–64 characters of A–Z a–z 0–9 _ -, e.g. Office-Denver" errorText={issueAt("id")} stretch>
                <Input value={form.id} ariaLabel="Office id" onChange={(event) => setForm({ ...form, id: event.detail.value })} />
              </FormField>
            </div>
            <FormField label="Description" stretch>
              <Input value={form.description} ariaLabel="Description" onChange={(event) => setForm({ ...form, description: event.detail.value })} />
            </FormField>
            <div {...{ [FIELD_KEY_ATTRIBUTE]: "lookupKeys" }}>
            <FormField
              label="Lookup keys"
              description="Dialed numbers in E.164 (+13035550100) and office codes, separated by spaces or commas: getConfig finds the office by any of them."
              errorText={issueAt("lookupKeys")}
              stretch
            >
              <Textarea value={form.lookupKeys} rows={2} ariaLabel="Lookup keys" onChange={(event) => setForm({ ...form, lookupKeys: event.detail.value })} />
            </FormField>
            </div>
          </SpaceBetween>
        </Container>
        <VariablesPanel
          config={template}
          draft={draft}
          issues={valueIssues}
          readOnly={false}
          onChange={(name, value) => setDraft({ ...draft, variables: { ...draft.variables, [name]: value } })}
        />
        <PromptsPanel
          focus={focus && { language: fieldOrder(template).find((field) => field.key === focus.key)?.language, nonce: focus.nonce }}
          config={template}
          draft={draft}
          issues={valueIssues}
          readOnly={false}
          onChange={(prompt: string, language: string, variant: Variant, text: string) => {
            const texts = draft.prompts[prompt]?.[language] ?? { voice: "", chat: "" };
            setDraft({ ...draft, prompts: { ...draft.prompts, [prompt]: { ...draft.prompts[prompt], [language]: { ...texts, [variant]: text } } } });
          }}
        />
      </SpaceBetween>
    </PageForm>
    </>
  );
}
