import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import type { VersionedConfig } from "@flow-configs/api-client";
import { lazy, Suspense, useState } from "react";
import type { ReactNode } from "react";
import { Navigate, useLocation, useNavigate, useParams } from "react-router";
import { flowsBrokenByDelete } from "@flow-configs/model";
import { useConfigQuery } from "../../api/config-queries";
import { describeError } from "../../api/describe-error";
import { useConfigUsage } from "../../api/use-config-usage";
import { useInstanceCount } from "../../api/use-instance-count";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape, canEditValues } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { useFocusField } from "../focus-field";
import { LoadFailedAlert } from "../load-failed-alert";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { ActionBar } from "./components/action-bar";
import { ChangeRequestsBanner } from "./components/change-requests-banner";
import { CloneModal } from "./components/clone-modal";
import { ConfigHeader } from "./components/config-header";
import type { ConfigAction } from "./components/config-header";
import { ConflictModal } from "./components/conflict-modal";
import { DeleteModal } from "./components/delete-modal";
import { PreviewPanel } from "./components/preview-panel";
import { PromptsPanel } from "./components/prompts-panel";
import { ScheduleTimeline } from "./components/schedule-timeline";
import { QuickActions } from "./components/quick-actions";
import { SizeMeters } from "./components/size-meters";
import { TemplateMissing, isTemplateMissing } from "./components/template-missing";
import { UsedByPanel } from "./components/used-by-panel";
import { VariablesPanel } from "./components/variables-panel";
import { AffectsOfficesModal } from "./components/affects-offices-modal";
import { LookupKeysPanel } from "./components/lookup-keys-panel";
import { TemplateOffices } from "./components/template-offices";
import { useChangeRequests } from "./use-change-requests";
import { useConfigActions } from "./use-config-actions";
import { useConfigEditor } from "./use-config-editor";
import { useQuickAction } from "./use-quick-action";
import { useScheduledChanges } from "./use-scheduled-changes";

// The form's dialog and pickers are fetched when it is first opened.
const ScheduleForm = lazy(() => import("./components/schedule-form").then((module) => ({ default: module.ScheduleForm })));

/** One config: its values and prompt texts, edited in place and saved with If-Match. */
export function ConfigEditPage() {
  const { configId = "" } = useParams();
  const loaded = useConfigQuery(configId);
  const { state } = useLocation();
  // A list's page is its numbers with notes (its variables are entries with empty values); a flash comes along
  if (loaded.isSuccess && loaded.data.config.kind === "list") return <Navigate to="entries" replace state={state} />;
  if (loaded.isSuccess) return <ConfigEditor loaded={loaded.data} />;
  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs configId={configId} />} header={<Header variant="h1">{configId}</Header>}>
      {content}
    </ContentLayout>
  );
  if (loaded.isPending) {
    return layout(
      <Box textAlign="center">
        <Spinner size="large" /> Loading {configId}
      </Box>,
    );
  }
  if (isTemplateMissing(loaded.error)) return layout(<TemplateMissing configId={configId} message={describeError(loaded.error).message} />);
  return layout(<LoadFailedAlert error={loaded.error} onRetry={() => void loaded.refetch()} />);
}

function ConfigEditor({ loaded }: { loaded: VersionedConfig }) {
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const editor = useConfigEditor(loaded, flash.show);
  const actions = useConfigActions(editor.base, flash.show);
  const scheduled = useScheduledChanges(editor.base, flash.show, editor.adopt);
  const quickAction = useQuickAction(editor.base, flash.show, editor.adopt);
  const changeRequests = useChangeRequests(editor.base, flash.show, editor.adopt);
  const [dialog, setDialog] = useState<"clone" | "delete" | "schedule" | "affects-offices" | null>(null);
  useFocusField(editor.focus);
  const { config } = editor.base;
  const readOnly = !canEditValues(role);
  const usage = useConfigUsage(client, config.id);
  // Any standalone config can be a template: its offices, and the count a save of it reaches
  const isTemplate = config.templateId === null && config.kind !== "list";
  const officeCount = useInstanceCount(config.id, { enabled: isTemplate }) ?? 0;
  const save = () => (officeCount > 0 && Object.keys(editor.issues).length === 0 ? setDialog("affects-offices") : void editor.save());

  const onAction = (action: ConfigAction) => {
    if (action === "clone" || action === "delete") setDialog(action);
    else if (action === "export") void actions.exportJson.run();
    else if (action === "shape" && config.templateId) navigate(`${basePath}/${encodeURIComponent(config.templateId)}/shape`);
    else navigate(action);
  };
  const panelProps = { config, draft: editor.draft, issues: editor.issues, readOnly, onReset: editor.reset, resets: editor.resets, onUndoReset: editor.undoReset };

  return (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs configId={config.id} />}
      header={<ConfigHeader config={config} isAdmin={canEditShape(role)} exporting={actions.exportJson.running} onAction={onAction} />}
    >
      <FlashMessages items={flash.items} />
      <form onSubmit={(event) => event.preventDefault()}>
        <SpaceBetween size="l">
          {!readOnly && <QuickActions config={config} running={quickAction.running} onRun={quickAction.run} />}
          <ChangeRequestsBanner config={config} changeRequests={changeRequests} />
          {readOnly && <Alert type="info">You can view this config. Changing it needs the business or admin role.</Alert>}
          <VariablesPanel {...panelProps} onChange={editor.setVariable} inEffect={{ variables: scheduled.inEffect, timeZone: scheduled.timeZone }} />
          <PromptsPanel
            {...panelProps}
            onChange={editor.setPromptText}
            focus={editor.focus}
            inEffect={{ prompts: scheduled.promptsInEffect, timeZone: scheduled.timeZone }}
          />
          <ScheduleTimeline
            config={config}
            timeZone={scheduled.timeZone}
            nowMs={scheduled.nowMs}
            removing={scheduled.removeChange.running}
            {...(!readOnly && { onSchedule: () => setDialog("schedule"), onRemove: scheduled.removeChange.run })}
          />
          <SizeMeters config={editor.preview} />
          <PreviewPanel config={config} timeZone={scheduled.timeZone} nowMs={scheduled.nowMs} />
          {config.templateId && <LookupKeysPanel base={editor.base} canEdit={canEditShape(role)} show={flash.show} onSaved={editor.adopt} />}
          {isTemplate && <TemplateOffices templateId={config.id} canCreate={canEditShape(role)} />}
          <UsedByPanel state={usage} />
        </SpaceBetween>
      </form>
      {!readOnly && (
        <ActionBar changeCount={editor.changeCount} saving={editor.saving} blocked={editor.saveBlocked} onSave={save} onDiscard={editor.discard} />
      )}
      {editor.conflict && <ConflictModal server={editor.conflict.server.config} changes={editor.conflict.changes} onReapply={editor.reapply} onDiscard={editor.takeServer} />}
      {dialog === "affects-offices" && (
        <AffectsOfficesModal
          templateId={config.id}
          officeCount={officeCount}
          change="values"
          saving={editor.saving}
          onConfirm={() => void editor.save().then(() => setDialog(null))}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === "clone" && (
        <CloneModal source={config} {...actions.cloneDialog} onCancel={() => setDialog(null)} />
      )}
      {dialog === "schedule" && (
        <Suspense fallback={null}>
          <ScheduleForm
            config={config}
            timeZone={scheduled.timeZone}
            scheduling={scheduled.scheduleChange.running}
            refused={scheduled.refused}
            onSchedule={async (input) => (await scheduled.scheduleChange.run(input)) !== undefined}
            onCancel={() => {
              scheduled.clearRefused();
              setDialog(null);
            }}
          />
        </Suspense>
      )}
      {dialog === "delete" && (
        <DeleteModal
          configId={config.id}
          deleting={actions.remove.running}
          breakingFlows={flowsBrokenByDelete(usage.usage?.flows ?? []).map((flow) => ({ name: flow.name, detail: `calls getConfig with id ${config.id}` }))}
          onDelete={(force) => void actions.remove.run(force).then(() => setDialog(null))}
          onCancel={() => setDialog(null)}
        />
      )}
    </ContentLayout>
  );
}
