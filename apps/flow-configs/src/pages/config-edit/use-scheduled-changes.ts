import type { ScheduleChangeOutcome, VersionedConfig } from "@flow-configs/api-client";
import { configSchedule, formatInZone, instantOf, parseDateTime, promptsInEffect, variablesInEffect } from "@flow-configs/model";
import type { ScheduledChangeInput } from "@flow-configs/model";
import { useMemo, useState } from "react";
import { useConfigSaved } from "../../api/config-queries";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { failureFlash, useFlashAction } from "../use-flash-action";
import type { FlashMessage } from "../use-flash-messages";
import { useScheduleClock } from "./use-schedule-clock";

const patchNames = ({ patch }: Pick<ScheduledChangeInput, "patch">) => [...patch.variables, ...patch.prompts].map((entry) => entry.name).join(", ");

/**
 * A config page's scheduled changes: the schedule as getConfig resolves it, the values it puts in effect now
 * (moving on at each boundary), and scheduling and removing windows with If-Match. `adopt` takes each new
 * version into the page's editor.
 */
export function useScheduledChanges(base: VersionedConfig, show: (message: FlashMessage) => void, adopt: (saved: VersionedConfig) => void) {
  const { client } = useFlowConfigs();
  const configSaved = useConfigSaved();
  const { config } = base;
  const { timeZone, schedule } = useMemo(() => configSchedule(config), [config]);
  const nowMs = useScheduleClock(schedule);
  // The form is a dialog over the page's flash: it shows what the API refused itself.
  const [refused, setRefused] = useState<string | null>(null);
  const inEffect = useMemo(() => variablesInEffect(config, schedule, nowMs), [config, schedule, nowMs]);
  const promptsNow = useMemo(() => promptsInEffect(config, schedule, nowMs), [config, schedule, nowMs]);
  const when = (text: string) => {
    const parsed = parseDateTime(text);
    return parsed ? formatInZone(instantOf(parsed, timeZone), timeZone) : text;
  };

  const saved = (next: VersionedConfig) => {
    configSaved(next);
    adopt(next);
  };

  /** A 412: the page takes the version the API has, so the user schedules again on top of it. */
  const conflictFlash = async (): Promise<FlashMessage> => {
    const latest = await client.get(config.id).catch(() => null);
    if (latest) saved(latest);
    return { type: "warning", header: "Someone else saved this config", content: `The page now shows version ${latest?.config.version ?? "the latest"}. Nothing was scheduled or removed: try again.` };
  };

  const scheduleChange = useFlashAction<ScheduledChangeInput, ScheduleChangeOutcome>(show, {
    run: async (input) => {
      setRefused(null);
      const outcome = await client.scheduleChange(config.id, input, { ifMatch: base.etag });
      if (outcome.kind === "scheduled") saved(outcome.saved);
      return outcome;
    },
    success: (outcome, input) => {
      const window = `${when(input.from)} ${input.to ? `to ${when(input.to)}` : "until removed"}`;
      return outcome.kind === "requested"
        ? { type: "info", header: "Waiting for approval", content: `${patchNames(input)} from ${window} takes effect once a second person approves it.` }
        : { type: "success", header: `Scheduled ${patchNames(input)}`, content: `From ${window}: version ${outcome.saved.config.version}. It changes back on its own.` };
    },
    failure: (failure) => {
      if (failure.kind === "conflict") {
        setRefused("Someone else saved this config meanwhile: the page now shows their version. Schedule again.");
        void conflictFlash().then(show);
        return null;
      }
      setRefused(`${failure.title}: ${failure.message}`);
      return { ...failureFlash(failure), content: `${failure.message.replace(/\.$/, "")}. Nothing was scheduled.` };
    },
  });

  const removeChange = useFlashAction<{ id: string; label: string }, VersionedConfig>(show, {
    run: async ({ id }) => {
      const next = await client.removeScheduledChange(config.id, id, { ifMatch: base.etag });
      saved(next);
      return next;
    },
    success: (next, { label }) => ({ type: "success", header: `Removed the scheduled change of ${label}`, content: `Version ${next.config.version}.` }),
    failure: (failure) => {
      if (failure.kind === "conflict") {
        void conflictFlash().then(show);
        return null;
      }
      return failureFlash(failure);
    },
  });

  return { timeZone, schedule, nowMs, inEffect, promptsInEffect: promptsNow, scheduleChange, refused, clearRefused: () => setRefused(null), removeChange };
}

export type ScheduledChanges = ReturnType<typeof useScheduledChanges>;
