import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import ButtonDropdown from "@cloudscape-design/components/button-dropdown";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Form from "@cloudscape-design/components/form";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Spinner from "@cloudscape-design/components/spinner";
import { serverConfigOf, toEtag } from "@flow-configs/api-client";
import type { ApiError, VersionedConfig } from "@flow-configs/api-client";
import { diff, flowsBrokenByDelete } from "@flow-configs/model";
import type { Change, FlowConfig } from "@flow-configs/model";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { describeError } from "../../api/describe-error";
import { downloadFile } from "../../api/download-file";
import { useConfigUsage } from "../../api/use-config-usage";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape, canEditValues } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { LoadFailedAlert } from "../load-failed-alert";
import type { FlashNavigationState } from "../use-flash-messages";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { CloneModal } from "./components/clone-modal";
import { ConflictModal } from "./components/conflict-modal";
import { DeleteModal } from "./components/delete-modal";
import { PreviewPanel } from "./components/preview-panel";
import { PromptsPanel } from "./components/prompts-panel";
import { TemplateMissing, isTemplateMissing } from "./components/template-missing";
import { SizeMeters } from "./components/size-meters";
import { UsedByPanel } from "./components/used-by-panel";
import { VariablesPanel } from "./components/variables-panel";
import { applyDraft, draftIssues, draftOf, isEmptyPatch, patchOf, rebase } from "./draft";
import type { Draft, Variant } from "./draft";

interface Conflict {
  server: VersionedConfig;
  changes: Change[];
}

type Loaded = { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; base: VersionedConfig; draft: Draft };

/** One config: its values and prompt texts, edited in place and saved with If-Match. */
export function ConfigEditPage() {
  const { configId = "" } = useParams();
  const { client, session, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [deleting, setDeleting] = useState<"closed" | "open" | "busy">("closed");
  const [attempt, setAttempt] = useState(0);
  const [cloning, setCloning] = useState<"closed" | "open" | "busy">("closed");
  const [resetting, setResetting] = useState<string | null>(null);
  // Retry and sign-in buttons in a flash run later: they must read the edits as they are then.
  const latest = useRef(loaded);
  latest.current = loaded;

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: "loading" });
    client.get(configId).then(
      (base) => !cancelled && setLoaded({ status: "ready", base, draft: draftOf(base.config) }),
      (error: unknown) => !cancelled && setLoaded({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, configId, attempt]);

  // After the config's own load: it answers first, and a failing load is the one the page reports.
  const usage = useConfigUsage(client, configId);

  const setDraft = useCallback((update: (draft: Draft) => Draft) => {
    setLoaded((current) => (current.status === "ready" ? { ...current, draft: update(current.draft) } : current));
  }, []);

  const save = useCallback(async (): Promise<void> => {
    const current = latest.current;
    if (current.status !== "ready") return;
    const { base, draft } = current;
    if (Object.keys(draftIssues(base.config, draft)).length > 0) {
      showFlash({ type: "error", header: "Fix the marked values first", content: "Nothing was saved." });
      return;
    }
    const patch = patchOf(base.config, draft);
    if (isEmptyPatch(patch)) {
      showFlash({ type: "info", header: "Nothing to save", content: "No value differs from the saved config." });
      return;
    }
    setSaving(true);
    try {
      const saved = await client.patchValues(base.config.id, patch, { ifMatch: base.etag });
      setLoaded({ status: "ready", base: saved, draft: draftOf(saved.config) });
      showFlash({ type: "success", header: `Saved ${saved.config.id}`, content: `Version ${saved.config.version}. Contact flows see it within seconds.` });
    } catch (error) {
      const failure = describeError(error);
      if (failure.kind === "conflict") {
        const server = await serverOf(error as ApiError);
        if (server) setConflict({ server, changes: diff(base.config, server.config) });
        showFlash({ type: "warning", header: failure.title, content: "Your edits are still here. Review what changed and reapply them." });
      } else if (failure.kind === "network") {
        showFlash({ type: "error", header: failure.title, content: `${failure.message} Your edits are still here.`, action: { text: "Retry", onClick: () => void save() } });
      } else if (failure.kind === "signIn") {
        showFlash({
          type: "warning",
          header: failure.title,
          content: failure.message,
          action: { text: "Sign in", onClick: () => void session.signIn().then(() => save()) },
        });
      } else {
        showFlash({ type: "error", header: failure.title, content: failure.message });
      }
    } finally {
      setSaving(false);
    }

    async function serverOf(error: ApiError): Promise<VersionedConfig | null> {
      const fromBody = serverConfigOf(error);
      if (fromBody) return { config: fromBody, etag: toEtag(fromBody.version) };
      try {
        return await client.get(base.config.id);
      } catch {
        return null;
      }
    }
  }, [client, showFlash, session]);

  const remove = useCallback(async (force: boolean) => {
    if (loaded.status !== "ready") return;
    setDeleting("busy");
    try {
      await client.remove(loaded.base.config.id, { ifMatch: loaded.base.etag, ...(force ? { force } : {}) });
      const state: FlashNavigationState = { flash: { type: "success", header: `Deleted ${loaded.base.config.id}` } };
      navigate(basePath || "/", { state });
    } catch (error) {
      const failure = describeError(error);
      setDeleting("closed");
      showFlash({ type: "error", header: failure.title, content: failure.message });
    }
  }, [basePath, client, showFlash, loaded, navigate]);

  const clone = useCallback(
    async (request: { id: string; linkTemplate: boolean }) => {
      if (loaded.status !== "ready") return;
      setCloning("busy");
      try {
        const created = await client.clone(loaded.base.config.id, request);
        const linked = created.config.templateId ? `, an instance of ${created.config.templateId}` : ", a detached copy";
        const state: FlashNavigationState = { flash: { type: "success", header: `Cloned ${loaded.base.config.id} as ${created.config.id}${linked}` } };
        setCloning("closed");
        navigate(`${basePath}/${encodeURIComponent(created.config.id)}`, { state });
      } catch (error) {
        const failure = describeError(error);
        setCloning("open");
        showFlash({ type: "error", header: failure.title, content: failure.message });
      }
    },
    [basePath, client, loaded, navigate, showFlash],
  );

  const exportJson = useCallback(async () => {
    if (loaded.status !== "ready") return;
    const id = loaded.base.config.id;
    try {
      const document = await client.exportConfigs([id]);
      downloadFile(`${id}.flow-configs.json`, `${JSON.stringify(document, null, 2)}\n`, "application/json");
      showFlash({ type: "success", header: `Exported ${id}`, content: `Saved as ${id}.flow-configs.json.` });
    } catch (error) {
      const failure = describeError(error);
      showFlash({ type: "error", header: failure.title, content: failure.message });
    }
  }, [client, loaded, showFlash]);

  /** Drops one override; the other unsaved edits stay on screen on top of the new version. */
  const resetToTemplate = useCallback(
    async (name: string) => {
      const current = latest.current;
      if (current.status !== "ready") return;
      setResetting(name);
      try {
        const saved = await client.patchValues(current.base.config.id, { variables: [], prompts: [], reset: [name] }, { ifMatch: current.base.etag });
        const fresh = draftOf(saved.config);
        const kept = rebase(current.base.config, current.draft, saved.config);
        if (name in fresh.variables) kept.variables[name] = fresh.variables[name] ?? "";
        if (name in fresh.prompts) kept.prompts[name] = fresh.prompts[name] ?? {};
        setLoaded({ status: "ready", base: saved, draft: kept });
        showFlash({ type: "success", header: `Reset ${name} to the template`, content: `Version ${saved.config.version}: ${name} is inherited from ${saved.config.templateId ?? "the template"} again.` });
      } catch (error) {
        const failure = describeError(error);
        showFlash({ type: "error", header: failure.title, content: failure.message });
      } finally {
        setResetting(null);
      }
    },
    [client, showFlash],
  );

  const preview: FlowConfig | null = useMemo(
    () => (loaded.status === "ready" ? applyDraft(loaded.base.config, loaded.draft) : null),
    [loaded],
  );

  if (loaded.status === "loading") {
    return (
      <ContentLayout breadcrumbs={<ConfigBreadcrumbs current={configId} />} header={<Header variant="h1">{configId}</Header>}>
        <Box textAlign="center">
          <Spinner size="large" /> Loading {configId}
        </Box>
      </ContentLayout>
    );
  }
  if (loaded.status === "failed") {
    const failure = describeError(loaded.error);
    if (isTemplateMissing(loaded.error)) {
      return (
        <ContentLayout breadcrumbs={<ConfigBreadcrumbs current={configId} />} header={<Header variant="h1">{configId}</Header>}>
          <TemplateMissing configId={configId} message={failure.message} />
        </ContentLayout>
      );
    }
    return (
      <ContentLayout breadcrumbs={<ConfigBreadcrumbs current={configId} />} header={<Header variant="h1">{configId}</Header>}>
        <LoadFailedAlert error={loaded.error} onRetry={() => setAttempt((value) => value + 1)} />
      </ContentLayout>
    );
  }

  const { base, draft } = loaded;
  const readOnly = !canEditValues(role);
  const issues = draftIssues(base.config, draft);
  const dirty = !isEmptyPatch(patchOf(base.config, draft));
  const isList = base.config.variables.some((variable) => variable.type === "list-entry");
  const canBeTemplate = base.config.templateId === null && !isList;
  const go = (path: string) => navigate(`${basePath}/${encodeURIComponent(base.config.id)}/${path}`);
  const adminItems = [
    { id: "clone", text: "Clone" },
    { id: "export", text: "Export JSON" },
    ...(canBeTemplate
      ? [
          { id: "new-office", text: "New office from template" },
          { id: "offices", text: "Offices (CSV import/export)" },
        ]
      : []),
  ];

  return (
    <ContentLayout
      breadcrumbs={<ConfigBreadcrumbs current={base.config.id} />}
      header={
        <Header
          variant="h1"
          description={`${base.config.description || "No description"} · version ${base.config.version} by ${base.config.updatedBy}${base.config.templateId ? ` · from template ${base.config.templateId}` : ""}`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={() => go("history")}>History</Button>
              {isList && <Button onClick={() => go("entries")}>Manage list</Button>}
              {canEditShape(role) && (
                <>
                  <Button onClick={() => navigate("shape")}>Edit shape</Button>
                  <Button onClick={() => setDeleting("open")}>Delete</Button>
                  <ButtonDropdown
                    items={adminItems}
                    onItemClick={(event) => {
                      const item = event.detail.id;
                      if (item === "clone") setCloning("open");
                      else if (item === "export") void exportJson();
                      else go(item);
                    }}
                  >
                    More actions
                  </ButtonDropdown>
                </>
              )}
            </SpaceBetween>
          }
        >
          {base.config.id}
        </Header>
      }
    >
      <form onSubmit={(event) => event.preventDefault()}>
        <Form
          actions={
            readOnly ? undefined : (
              <SpaceBetween direction="horizontal" size="xs">
                <Button formAction="none" disabled={!dirty || saving} onClick={() => setDraft(() => draftOf(base.config))}>
                  Discard changes
                </Button>
                <Button variant="primary" loading={saving} onClick={() => void save()}>
                  Save
                </Button>
              </SpaceBetween>
            )
          }
        >
          <SpaceBetween size="l">
            <FlashMessages items={flashItems} />
            {readOnly && <Alert type="info">You can view this config. Changing it needs the business or admin role.</Alert>}
            <VariablesPanel
              config={base.config}
              draft={draft}
              issues={issues}
              readOnly={readOnly}
              onChange={(name, value) => setDraft((current) => ({ ...current, variables: { ...current.variables, [name]: value } }))}
              onReset={(name) => void resetToTemplate(name)}
              resetting={resetting}
            />
            <PromptsPanel
              config={base.config}
              draft={draft}
              issues={issues}
              readOnly={readOnly}
              onChange={(prompt: string, language: string, variant: Variant, text: string) =>
                setDraft((current) => {
                  const texts = current.prompts[prompt]?.[language] ?? { voice: "", chat: "" };
                  return {
                    ...current,
                    prompts: { ...current.prompts, [prompt]: { ...current.prompts[prompt], [language]: { ...texts, [variant]: text } } },
                  };
                })
              }
              onReset={(name) => void resetToTemplate(name)}
              resetting={resetting}
            />
            {preview && <SizeMeters config={preview} />}
            <PreviewPanel client={client} config={base.config} />
            <UsedByPanel state={usage} />
          </SpaceBetween>
        </Form>
      </form>
      {conflict && (
        <ConflictModal
          server={conflict.server.config}
          changes={conflict.changes}
          onReapply={() => {
            setLoaded({ status: "ready", base: conflict.server, draft: rebase(base.config, draft, conflict.server.config) });
            setConflict(null);
            showFlash({ type: "info", header: `Your edits are on top of version ${conflict.server.config.version}`, content: "Review them and save again." });
          }}
          onDiscard={() => {
            setLoaded({ status: "ready", base: conflict.server, draft: draftOf(conflict.server.config) });
            setConflict(null);
            showFlash({ type: "info", header: `Showing version ${conflict.server.config.version}`, content: "Your edits were discarded." });
          }}
        />
      )}
      {cloning !== "closed" && (
        <CloneModal source={base.config} cloning={cloning === "busy"} onClone={(request) => void clone(request)} onCancel={() => setCloning("closed")} />
      )}
      {deleting !== "closed" && (
        <DeleteModal
          configId={base.config.id}
          deleting={deleting === "busy"}
          breakingFlows={flowsBrokenByDelete(usage.usage?.flows ?? []).map((flow) => ({ name: flow.name, detail: `calls getConfig with id ${base.config.id}` }))}
          onDelete={(force) => void remove(force)}
          onCancel={() => setDeleting("closed")}
        />
      )}
    </ContentLayout>
  );
}
