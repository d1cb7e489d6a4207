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
import { isApiError } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import type { Issue } from "@flow-configs/model";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { describeError } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import type { FlashNavigationState } from "../use-flash-messages";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { BreakingShapeModal } from "./components/breaking-shape-modal";
import { LanguagesField } from "./components/languages-field";
import { PromptsEditor } from "./components/prompts-editor";
import { VariablesEditor } from "./components/variables-editor";
import { checkShape, emptyShape, issuesAt, shapeOf } from "./shape-draft";
import type { ShapeDraft } from "./shape-draft";

/**
 * The admin's shape editor: creates a config (`/new`) or replaces the shape of an existing one
 * (`/:configId/shape`, with If-Match).
 */
export function ConfigCreatePage() {
  const { configId } = useParams();
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [shape, setShape] = useState<ShapeDraft>(emptyShape);
  const [existing, setExisting] = useState<VersionedConfig | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  // The flows the API said the new shape would break (409 InUse), until the admin saves anyway or cancels.
  const [breaking, setBreaking] = useState<Issue[] | null>(null);

  useEffect(() => {
    if (!configId) return;
    let cancelled = false;
    client.get(configId).then(
      (loaded) => {
        if (cancelled) return;
        setExisting(loaded);
        setShape(shapeOf(loaded.config));
      },
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [client, configId]);

  const title = configId ? `Edit the shape of ${configId}` : "Create flow config";
  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs current={configId ? `${configId} shape` : "Create"} />} header={<Header variant="h1">{title}</Header>}>
      {content}
    </ContentLayout>
  );

  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins define the shape of flow configs.</Alert>);
  if (loadError) {
    const failure = describeError(loadError);
    return layout(<Alert type="error" header={failure.title}>{failure.message}</Alert>);
  }
  if (configId && !existing) return layout(<Spinner size="large" />);
  if (existing?.config.templateId) {
    return layout(<Alert type="info">{configId} takes its shape from the template {existing.config.templateId}: edit the template instead.</Alert>);
  }

  // Marks appear once the admin first tries to save; before that, a half-typed form is not an error.
  const shown = submitted ? issues : [];
  const update = (patch: Partial<ShapeDraft>) => {
    const next = { ...shape, ...patch };
    setShape(next);
    if (submitted) setIssues(checkShape(next).issues);
  };
  const top = issuesAt(shown, "");
  const fieldIssue = (field: string) => shown.find((issue) => issue.path === field || issue.path.startsWith(`${field}[`))?.message;

  async function submit(force = false) {
    setSubmitted(true);
    const checked = checkShape(shape);
    setIssues(checked.issues);
    if (!checked.input) {
      showFlash({ type: "error", header: "Fix the marked fields", content: checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ") });
      return;
    }
    setSaving(true);
    try {
      const saved = existing
        ? await client.replace(existing.config.id, checked.input, { ifMatch: existing.etag, ...(force ? { force } : {}) })
        : await client.create(checked.input);
      const state: FlashNavigationState = {
        flash: { type: "success", header: existing ? `Saved the shape of ${saved.config.id}` : `Created ${saved.config.id}`, content: `Version ${saved.config.version}.` },
      };
      navigate(`${basePath}/${encodeURIComponent(saved.config.id)}`, { state });
    } catch (error) {
      if (isApiError(error) && error.code === "InUse") {
        setBreaking([...error.issues]);
        return;
      }
      setBreaking(null);
      const failure = describeError(error);
      if (isApiError(error)) setIssues([...error.issues]);
      showFlash({ type: "error", header: failure.title, content: failure.kind === "network" ? `${failure.message} Your input is still here.` : failure.message });
    } finally {
      setSaving(false);
    }
  }

  return layout(
    <form onSubmit={(event) => event.preventDefault()}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(configId ? `${basePath}/${encodeURIComponent(configId)}` : basePath || "/")}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void submit()}>
              {existing ? "Save shape" : "Create config"}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <FlashMessages items={flashItems} />
          {top[""] && <Alert type="error">{top[""]}</Alert>}
          <Container header={<Header variant="h2">Config</Header>}>
            <SpaceBetween size="m">
              <FormField label="Id" description="What contact flows pass to getConfig: letters, digits, _ and -" errorText={fieldIssue("id")} stretch>
                <Input ariaLabel="Id" value={shape.id} readOnly={Boolean(existing)} onChange={(event) => update({ id: event.detail.value })} />
              </FormField>
              <FormField label="Description" errorText={fieldIssue("description")} stretch>
                <Input ariaLabel="Description" value={shape.description} onChange={(event) => update({ description: event.detail.value })} />
              </FormField>
              <LanguagesField
                languages={shape.languages}
                defaultLanguage={shape.defaultLanguage}
                errorText={fieldIssue("languages")}
                defaultErrorText={fieldIssue("defaultLanguage")}
                onChange={(languages, defaultLanguage) => update({ languages, defaultLanguage })}
              />
              <FormField label="Lookup keys" description="Optional: dialed numbers or office ids that find this config, comma-separated" errorText={fieldIssue("lookupKeys")} stretch>
                <Input ariaLabel="Lookup keys" value={shape.lookupKeys} onChange={(event) => update({ lookupKeys: event.detail.value })} />
              </FormField>
            </SpaceBetween>
          </Container>
          <Container header={<Header variant="h2" description="Business users change their values; only admins change this list">Variables</Header>}>
            <VariablesEditor rows={shape.variables} issues={shown} onChange={(variables) => update({ variables })} />
          </Container>
          <Container header={<Header variant="h2" description="Texts flows play or send, per language">Prompts</Header>}>
            <PromptsEditor rows={shape.prompts} languages={shape.languages} issues={shown} onChange={(prompts) => update({ prompts })} />
          </Container>
        </SpaceBetween>
      </Form>
      {breaking && existing && (
        <BreakingShapeModal configId={existing.config.id} flows={breaking} saving={saving} onSaveAnyway={() => void submit(true)} onCancel={() => setBreaking(null)} />
      )}
    </form>,
  );
}
