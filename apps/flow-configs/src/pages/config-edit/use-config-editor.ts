import { serverConfigOf, toEtag } from "@flow-configs/api-client";
import type { ApiError, VersionedConfig } from "@flow-configs/api-client";
import { LIMITS, diff, maxResponseSize } from "@flow-configs/model";
import type { Change, ChangeRequest, FlowConfig, ValuePatch } from "@flow-configs/model";
import { useCallback, useMemo, useRef, useState } from "react";
import { useConfigSaved } from "../../api/config-queries";
import { describeError } from "../../api/describe-error";
import { issueField, plainMessage } from "../../api/issue-messages";
import type { SentEntries } from "../../api/issue-messages";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { useFlashAction } from "../use-flash-action";
import type { FlashMessage } from "../use-flash-messages";
import { useChangeRequestsChanged } from "./use-change-requests";
import { applyDraft, changeCount, draftIssues, draftOf, fieldOrder, isEmptyPatch, patchOf, promptKey, rebase, variableKey } from "./draft";
import type { Draft, Variant } from "./draft";

export interface Conflict {
  server: VersionedConfig;
  changes: Change[];
}

/** A request to bring a field into view and focus it; `nonce` repeats the request for the same field. */
export interface FocusRequest {
  key: string;
  language?: string;
  nonce: number;
}

interface Editing {
  base: VersionedConfig;
  draft: Draft;
  /** Entries whose override is dropped on the next save ("Reset to template" is a pending change). */
  resets: string[];
  /** What the API refused on the last save, by field key. */
  refused: Record<string, string>;
}

/** The fields an API 400 names, by the keys the page marks them with. */
function markRefused(error: ApiError, sent: SentEntries): Record<string, string> {
  const marked: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const field = issueField(issue.path, sent);
    if (field?.kind === "variable") marked[variableKey(field.name)] = plainMessage(issue.message);
    if (field?.kind === "prompt" && field.language) marked[promptKey(field.name, field.language, field.variant === "chat" ? "chat" : "voice")] = plainMessage(issue.message);
  }
  return marked;
}

const names = (list: readonly string[]): string => list.join(", ");

/** A save wrote a new version, or (the config requires approval) made a change request instead. */
type SaveResult = { kind: "saved"; saved: VersionedConfig; dropped: string[]; onlyResets: boolean } | { kind: "requested"; request: ChangeRequest };

/** The config page's editing state: the draft against the version it started from, its checks, and save. */
export function useConfigEditor(loaded: VersionedConfig, show: (message: FlashMessage) => void) {
  const { client, session } = useFlowConfigs();
  const configSaved = useConfigSaved();
  const changeRequestsChanged = useChangeRequestsChanged();
  const [editing, setEditing] = useState<Editing>(() => ({ base: loaded, draft: draftOf(loaded.config), resets: [], refused: {} }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  // Retry and sign-in buttons in a flash run later: they must read the edits as they are then.
  const latest = useRef(editing);
  latest.current = editing;

  const { base, draft, resets, refused } = editing;
  const issues = useMemo(() => ({ ...refused, ...draftIssues(base.config, draft) }), [base, draft, refused]);
  const preview: FlowConfig = useMemo(() => applyDraft(base.config, draft), [base, draft]);
  const response = useMemo(() => maxResponseSize(preview), [preview]);
  const count = changeCount(base.config, draft) + resets.length;

  const focusFirst = useCallback((keys: readonly string[], config: FlowConfig) => {
    const first = fieldOrder(config).find((field) => keys.includes(field.key));
    if (first) setFocus((previous) => ({ key: first.key, language: first.language, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  const edit = useCallback((update: (draft: Draft) => Draft, key: string) => {
    setEditing((current) => {
      const { [key]: _cleared, ...refusedStill } = current.refused;
      return { ...current, draft: update(current.draft), refused: refusedStill };
    });
  }, []);

  const saving = useFlashAction<undefined, SaveResult>(show, {
    run: async () => {
      const { base: startedFrom, draft: edits, resets: dropped } = latest.current;
      const values = patchOf(startedFrom.config, edits, dropped);
      const patch: ValuePatch = { ...values, ...(dropped.length > 0 && { reset: dropped }) };
      const outcome = await client.patchValues(startedFrom.config.id, patch, { ifMatch: startedFrom.etag });
      if (outcome.kind === "requested") {
        // The request is a version of its own (values unchanged): the next write needs its ETag.
        const current = (await client.get(startedFrom.config.id).catch(() => null)) ?? startedFrom;
        setEditing({ base: current, draft: draftOf(current.config), resets: [], refused: {} });
        configSaved(current);
        changeRequestsChanged(current.config.id);
        return outcome;
      }
      const { saved } = outcome;
      setEditing({ base: saved, draft: draftOf(saved.config), resets: [], refused: {} });
      configSaved(saved);
      return { kind: "saved", saved, dropped, onlyResets: isEmptyPatch(values) };
    },
    success: (result) => {
      if (result.kind === "requested") {
        const id = latest.current.base.config.id;
        return { type: "success", header: "Sent for approval", content: `Another person must approve your change before contact flows see it: until then they read ${id} as it is.` };
      }
      const { saved: { config }, dropped, onlyResets } = result;
      const resetNote = dropped.length > 0 ? `${names(dropped)} ${dropped.length === 1 ? "is" : "are"} inherited from ${config.templateId ?? "the template"} again.` : "";
      return onlyResets && dropped.length > 0
        ? { type: "success", header: `Reset ${names(dropped)} to the template`, content: `Version ${config.version}: ${resetNote}` }
        : { type: "success", header: `Saved ${config.id}`, content: `Version ${config.version}. Contact flows see it within seconds. ${resetNote}`.trim() };
    },
    failure: (failure, _input, error) => {
      if (failure.kind === "conflict") {
        void showConflict(error as ApiError);
        return { type: "warning", header: failure.title, content: "Your edits are still here. Review what changed and reapply them." };
      }
      if (failure.kind === "network") {
        return { type: "error", header: failure.title, content: `${failure.message} Your edits are still here.`, action: { text: "Retry", onClick: () => void save() } };
      }
      if (failure.kind === "signIn") {
        return { type: "warning", header: failure.title, content: failure.message, action: { text: "Sign in", onClick: () => void session.signIn().then(() => save()) } };
      }
      const current = latest.current;
      const sent = patchOf(current.base.config, current.draft, current.resets);
      const marked = markRefused(error as ApiError, sent);
      if (Object.keys(marked).length > 0) {
        setEditing({ ...current, refused: marked });
        focusFirst(Object.keys(marked), current.base.config);
      }
      const described = describeError(error, sent);
      return { type: "error", header: described.title, content: `${described.message.replace(/\.$/, "")}. Nothing was saved.` };
    },
  });

  async function showConflict(error: ApiError) {
    const startedFrom = latest.current.base;
    const fromBody = serverConfigOf(error);
    const server = fromBody ? { config: fromBody, etag: toEtag(fromBody.version) } : await client.get(startedFrom.config.id).catch(() => null);
    if (server) setConflict({ server, changes: diff(startedFrom.config, server.config) });
  }

  const save = useCallback(async (): Promise<void> => {
    const current = latest.current;
    const problems = Object.keys(draftIssues(current.base.config, current.draft));
    if (problems.length > 0) {
      focusFirst(problems, current.base.config);
      show({ type: "error", header: "Fix the marked values first", content: "Nothing was saved." });
      return;
    }
    if (isEmptyPatch(patchOf(current.base.config, current.draft)) && current.resets.length === 0) {
      show({ type: "info", header: "Nothing to save", content: "No value differs from the saved config." });
      return;
    }
    await saving.run(undefined);
  }, [focusFirst, saving, show]);

  return {
    base,
    draft,
    issues,
    resets,
    preview,
    conflict,
    focus,
    saving: saving.running,
    changeCount: count,
    /** Why Save is off: a response over Connect's limit would make getConfig fail for every call. */
    saveBlocked: response.bytes > LIMITS.responseBytes ? `getConfig's ${response.lang} ${response.channel.toLowerCase()} response would be over ${LIMITS.responseBytes / 1024} KB` : null,
    save,
    setVariable: (name: string, value: string) => edit((current) => ({ ...current, variables: { ...current.variables, [name]: value } }), variableKey(name)),
    setPromptText: (prompt: string, language: string, variant: Variant, text: string) =>
      edit((current) => {
        const texts = current.prompts[prompt]?.[language] ?? { voice: "", chat: "" };
        return { ...current, prompts: { ...current.prompts, [prompt]: { ...current.prompts[prompt], [language]: { ...texts, [variant]: text } } } };
      }, promptKey(prompt, language, variant)),
    /** Marks an override to be dropped on Save; its value on screen goes back to the saved one. */
    reset: (name: string) =>
      setEditing((current) => {
        const saved = draftOf(current.base.config);
        const restored: Draft = {
          variables: name in saved.variables ? { ...current.draft.variables, [name]: saved.variables[name] ?? "" } : current.draft.variables,
          prompts: name in saved.prompts ? { ...current.draft.prompts, [name]: saved.prompts[name] ?? {} } : current.draft.prompts,
        };
        return { ...current, draft: restored, resets: current.resets.includes(name) ? current.resets : [...current.resets, name] };
      }),
    undoReset: (name: string) => setEditing((current) => ({ ...current, resets: current.resets.filter((candidate) => candidate !== name) })),
    /** A version written beside the editor (a scheduled change, a quick action, an approval, the lookup keys): unsaved edits stay on top of it. */
    adopt: (saved: VersionedConfig) =>
      setEditing((current) => ({ ...current, base: saved, draft: rebase(current.base.config, current.draft, saved.config) })),
    discard: () => setEditing((current) => ({ base: current.base, draft: draftOf(current.base.config), resets: [], refused: {} })),
    reapply: () => {
      if (!conflict) return;
      setEditing((current) => ({ base: conflict.server, draft: rebase(current.base.config, current.draft, conflict.server.config), resets: [], refused: {} }));
      setConflict(null);
      show({ type: "info", header: `Your edits are on top of version ${conflict.server.config.version}`, content: "Review them and save again." });
    },
    takeServer: () => {
      if (!conflict) return;
      setEditing({ base: conflict.server, draft: draftOf(conflict.server.config), resets: [], refused: {} });
      setConflict(null);
      show({ type: "info", header: `Showing version ${conflict.server.config.version}`, content: "Your edits were discarded." });
    },
  };
}

export type ConfigEditor = ReturnType<typeof useConfigEditor>;
