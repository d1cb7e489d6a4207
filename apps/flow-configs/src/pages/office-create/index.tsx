import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import Textarea from "@cloudscape-design/components/textarea";
import { isApiError } from "@flow-configs/api-client";
import type { FlowConfig, Issue } from "@flow-configs/model";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { describeError } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { PromptsPanel } from "../config-edit/components/prompts-panel";
import { VariablesPanel } from "../config-edit/components/variables-panel";
import { draftIssues, draftOf } from "../config-edit/draft";
import type { Draft, Variant } from "../config-edit/draft";
import type { FlashNavigationState } from "../use-flash-messages";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { officeInput } from "./office-input";
import type { OfficeForm } from "./office-input";

/** "New office from template": an id, lookup keys and only the values that differ; everything else is inherited. */
export function OfficeCreatePage() {
  const { configId: templateId = "" } = useParams();
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [template, setTemplate] = useState<FlowConfig | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<OfficeForm>({ id: "", description: "", lookupKeys: "" });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    client.get(templateId).then(
      ({ config }) => {
        if (cancelled) return;
        setTemplate(config);
        setDraft(draftOf(config));
      },
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [client, templateId]);

  const layout = (content: ReactNode) => (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs configId={templateId} current="New office" />}
      header={<Header variant="h1" description={`Change only what differs for this office; everything else is inherited from ${templateId} and follows its changes.`}>New office from {templateId}</Header>}
    >
      {content}
    </ContentLayout>
  );
  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins create offices.</Alert>);
  if (loadError) {
    const failure = describeError(loadError);
    return layout(<Alert type="error" header={failure.title}>{failure.message}</Alert>);
  }
  if (!template || !draft) return layout(<Spinner size="large" />);
  if (template.templateId) {
    return layout(<Alert type="info">{templateId} is itself an instance of {template.templateId}: create the office from {template.templateId}.</Alert>);
  }

  const valueIssues = draftIssues(template, draft);
  const issueAt = (path: string) => issues.filter((issue) => issue.path === path).map((issue) => issue.message).join("; ") || undefined;

  async function submit() {
    if (!template || !draft) return;
    const built = officeInput(template, form, draft);
    setIssues(built.issues);
    if (!built.input || Object.keys(valueIssues).length > 0) {
      showFlash({ type: "error", header: "Fix the marked fields", content: "Nothing was created." });
      return;
    }
    setSaving(true);
    try {
      const created = await client.create(built.input);
      const overrides = built.input.variables.length + built.input.prompts.length;
      const state: FlashNavigationState = {
        flash: { type: "success", header: `Created ${created.config.id} from ${template.id}`, content: `${overrides} override(s); the rest is inherited.` },
      };
      navigate(`${basePath}/${encodeURIComponent(created.config.id)}`, { state });
    } catch (error) {
      const failure = describeError(error);
      if (isApiError(error)) setIssues([...error.issues]);
      showFlash({ type: "error", header: failure.title, content: failure.message });
    } finally {
      setSaving(false);
    }
  }

  return layout(
    <form onSubmit={(event) => event.preventDefault()}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(`${basePath}/${encodeURIComponent(templateId)}`)}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void submit()}>
              Create office
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <FlashMessages items={flashItems} />
          <Container header={<Header variant="h2">Office</Header>}>
            <SpaceBetween size="m">
              <FormField label="Office id" description="1–64 characters of A–Z a–z 0–9 _ -, e.g. Office-Denver" errorText={issueAt("id")} stretch>
                <Input value={form.id} ariaLabel="Office id" onChange={(event) => setForm({ ...form, id: event.detail.value })} />
              </FormField>
              <FormField label="Description" stretch>
                <Input value={form.description} ariaLabel="Description" onChange={(event) => setForm({ ...form, description: event.detail.value })} />
              </FormField>
              <FormField
                label="Lookup keys"
                description="Dialed numbers in E.164 (+13035550100) and office codes, separated by spaces or commas: getConfig finds the office by any of them."
                errorText={issueAt("lookupKeys")}
                stretch
              >
                <Textarea value={form.lookupKeys} rows={2} ariaLabel="Lookup keys" onChange={(event) => setForm({ ...form, lookupKeys: event.detail.value })} />
              </FormField>
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
      </Form>
    </form>,
  );
}
