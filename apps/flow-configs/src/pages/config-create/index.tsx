import Alert from "@cloudscape-design/components/alert";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SegmentedControl from "@cloudscape-design/components/segmented-control";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import { isApiError } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import type { ConfigInput, ConfigKind, Issue } from "@flow-configs/model";
import { useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { useConfigQuery, useConfigSaved } from "../../api/config-queries";
import { describeError } from "../../api/describe-error";
import { issueMessage } from "../../api/issue-messages";
import { useInstanceCount } from "../../api/use-instance-count";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { FIELD_KEY_ATTRIBUTE, useFocusField } from "../focus-field";
import { useFlashAction } from "../use-flash-action";
import type { FlashNavigationState } from "../use-flash-messages";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { PageForm } from "../page-form";
import { AffectsOfficesModal } from "../config-edit/components/affects-offices-modal";
import { ApprovalField } from "./components/approval-field";
import { BreakingShapeModal } from "./components/breaking-shape-modal";
import { InheritedSafeChange } from "./components/inherited-safe-change";
import { LanguagesField } from "./components/languages-field";
import { PromptsEditor } from "./components/prompts-editor";
import { QuickActionsEditor } from "./components/quick-actions-editor";
import { TimeZoneField } from "./components/time-zone-field";
import { VariablesEditor } from "./components/variables-editor";
import { checkShape, emptyShape, issuesAt, sentEntriesOf, shapeOf } from "./shape-draft";
import type { ShapeDraft } from "./shape-draft";

/**
 * The admin's shape editor: creates a config (`/new`) or replaces the shape of an existing one
 * (`/:configId/shape`, with If-Match).
 */
export function ConfigCreatePage() {
  const { configId } = useParams();
  const { role } = useFlowConfigs();
  const loaded = useConfigQuery(configId ?? "", { enabled: Boolean(configId) && canEditShape(role) });

  const title = configId ? `Edit the shape of ${configId}` : "Create flow config";
  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs configId={configId} current={configId ? "Shape" : "Create"} />} header={<Header variant="h1">{title}</Header>}>
      {content}
    </ContentLayout>
  );

  if (!canEditShape(role)) return layout(<Alert type="error" header="Not allowed">Only admins define the shape of flow configs.</Alert>);
  if (loaded.isError) {
    const failure = describeError(loaded.error);
    return layout(<Alert type="error" header={failure.title}>{failure.message}</Alert>);
  }
  if (configId && !loaded.data) return layout(<Spinner size="large" />);
  const templateId = loaded.data?.config.templateId;
  if (loaded.data && templateId) {
    return layout(
      <SpaceBetween size="l">
        <Alert type="info">{configId} takes its shape from the template {templateId}: edit the template instead.</Alert>
        <InheritedSafeChange instance={loaded.data.config} templateId={templateId} />
      </SpaceBetween>,
    );
  }
  return layout(<ShapeForm existing={loaded.data ?? null} />);
}

/** The shape form, started from the existing config's shape or from an empty one. */
function ShapeForm({ existing }: { existing: VersionedConfig | null }) {
  const { client, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const configSaved = useConfigSaved();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [shape, setShape] = useState<ShapeDraft>(() => (existing ? shapeOf(existing.config) : emptyShape()));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [focus, setFocus] = useState<{ key: string; nonce: number } | null>(null);
  // The flows the API said the new shape would break (409 InUse), until the admin saves anyway or cancels.
  const [breaking, setBreaking] = useState<{ input: ConfigInput; flows: Issue[] } | null>(null);
  useFocusField(focus);
  const configId = existing?.config.id;
  // A template's new shape reaches every office: the admin confirms that before it is sent
  const officeCount = useInstanceCount(configId ?? "", { enabled: Boolean(existing) && existing?.config.kind !== "list" }) ?? 0;
  const [confirming, setConfirming] = useState<ConfigInput | null>(null);
  const markRefused = (refused: Issue[]) => {
    setIssues(refused);
    const first = refused[0]?.path.match(/^[a-zA-Z]+(\[\d+\])?/)?.[0];
    if (first) setFocus((previous) => ({ key: first, nonce: (previous?.nonce ?? 0) + 1 }));
  };
  const saving = useFlashAction(showFlash, {
    run: async ({ input, force }: { input: ConfigInput; force: boolean }) => {
      const saved = existing ? await client.replace(existing.config.id, input, { ifMatch: existing.etag, ...(force ? { force } : {}) }) : await client.create(input);
      setBreaking(null);
      configSaved(saved);
      const state: FlashNavigationState = {
        flash: { type: "success", header: existing ? `Saved the shape of ${saved.config.id}` : `Created ${saved.config.id}`, content: `Version ${saved.config.version}.` },
      };
      navigate(`${basePath}/${encodeURIComponent(saved.config.id)}`, { state });
    },
    failure: (failure, { input }, error) => {
      if (isApiError(error) && error.code === "InUse") {
        // The dialog lists the flows and offers to save anyway: no flash on top of it.
        setBreaking({ input, flows: [...error.issues] });
        return null;
      }
      setBreaking(null);
      // A taken id (409 without issues) is the Id field's problem.
      if (isApiError(error)) markRefused(error.status === 409 && error.issues.length === 0 ? [{ path: "id", message: error.message }] : [...error.issues]);
      const message = describeError(error, input).message;
      return { type: "error", header: failure.title, content: failure.kind === "network" ? `${message} Your input is still here.` : message };
    },
  });

  // Marks appear once the admin first tries to save; before that, a half-typed form is not an error.
  const shown = submitted ? issues : [];
  const update = (patch: Partial<ShapeDraft>) => {
    const next = { ...shape, ...patch };
    setShape(next);
    if (submitted) setIssues(checkShape(next).issues);
  };
  const top = issuesAt(shown, "");
  const fieldIssue = (field: string) => shown.find((issue) => issue.path === field || issue.path.startsWith(`${field}[`))?.message;

  function submit() {
    setSubmitted(true);
    const checked = checkShape(shape);
    if (!checked.input) {
      markRefused(checked.issues);
      const sent = sentEntriesOf(shape);
      showFlash({ type: "error", header: "Fix the marked fields", content: checked.issues.map((issue) => issueMessage(issue, sent)).join("; ") });
      return;
    }
    setIssues(checked.issues);
    if (officeCount > 0) setConfirming(checked.input);
    else void saving.run({ input: checked.input, force: false });
  }

  return (
    <>
    <FlashMessages items={flashItems} />
    <PageForm submitText={existing ? "Save shape" : "Create config"} submitting={saving.running} onSubmit={submit} onCancel={() => navigate(configId ? `${basePath}/${encodeURIComponent(configId)}` : basePath || "/")}>
      <SpaceBetween size="l">
        {top[""] && <Alert type="error">{top[""]}</Alert>}
        <Container header={<Header variant="h2">Config</Header>}>
          <SpaceBetween size="m">
            <div {...{ [FIELD_KEY_ATTRIBUTE]: "id" }}>
              <FormField label="Id" description="What contact flows pass to getConfig: letters, digits, _ and -" errorText={fieldIssue("id")} stretch>
                <Input ariaLabel="Id" value={shape.id} readOnly={Boolean(existing)} onChange={(event) => update({ id: event.detail.value })} />
              </FormField>
            </div>
            <FormField
              label="Kind"
              controlId="config-kind"
              description="A config holds variables and prompts flows read with getConfig; a list holds numbers isBadActor checks, which business users add and remove"
              errorText={fieldIssue("kind")}
              stretch
            >
              <SegmentedControl
                // The field's label names it; a `label` here would show twice where the control narrows to a select
                ariaLabelledby="config-kind-label"
                selectedId={shape.kind}
                onChange={(event) => update({ kind: event.detail.selectedId as ConfigKind })}
                options={[
                  { id: "standard", text: "Config" },
                  { id: "list", text: "List" },
                ]}
              />
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
        <Container header={<Header variant="h2" description="How scheduled changes read times, and whether a change waits for a second person">Schedule and approval</Header>}>
          <SpaceBetween size="m">
            <div {...{ [FIELD_KEY_ATTRIBUTE]: "timeZone" }}>
              <TimeZoneField value={shape.timeZone} errorText={fieldIssue("timeZone")} onChange={(timeZone) => update({ timeZone })} />
            </div>
            <ApprovalField approval={shape.approval} onChange={(approval) => update({ approval })} />
          </SpaceBetween>
        </Container>
        <Container
          header={
            <Header variant="h2" description="Pre-approved changes business users apply in one tap, even where approval is required">
              Quick actions
            </Header>
          }
        >
          <QuickActionsEditor
            actions={shape.quickActions}
            variables={shape.variables}
            issues={shown}
            sent={sentEntriesOf(shape)}
            onChange={(quickActions) => update({ quickActions })}
          />
        </Container>
      </SpaceBetween>
    </PageForm>
    {confirming && existing && (
      <AffectsOfficesModal
        templateId={existing.config.id}
        officeCount={officeCount}
        change="shape"
        saving={saving.running}
        onConfirm={() => void saving.run({ input: confirming, force: false }).then(() => setConfirming(null))}
        onCancel={() => setConfirming(null)}
      />
    )}
    {breaking && existing && (
      <BreakingShapeModal
        configId={existing.config.id}
        flows={breaking.flows}
        saving={saving.running}
        onSaveAnyway={() => void saving.run({ input: breaking.input, force: true })}
        onCancel={() => setBreaking(null)}
      />
    )}
    </>
  );
}
