import Flashbar, { type FlashbarProps } from "@cloudscape-design/components/flashbar";
import { useCallback, useState } from "react";
import { describeError } from "../api/describe-error";

export interface Flash {
  type: "success" | "error" | "info" | "in-progress";
  header: string;
  content?: string;
}

/** A page's outcome messages: one at a time, each dismissible; an in-progress one shows a spinner. */
export function useFlash() {
  const [flash, setFlash] = useState<Flash | null>(null);
  const show = useCallback((next: Flash) => setFlash(next), []);
  const fail = useCallback((header: string, error: unknown) => {
    const described = describeError(error);
    setFlash({ type: "error", header: `${header}: ${described.header}`, content: described.content });
  }, []);
  const items: FlashbarProps.MessageDefinition[] = flash
    ? [
        {
          id: "outcome",
          type: flash.type === "in-progress" ? "info" : flash.type,
          loading: flash.type === "in-progress",
          header: flash.header,
          content: flash.content,
          dismissible: flash.type !== "in-progress",
          dismissLabel: "Dismiss message",
          onDismiss: () => setFlash(null),
        },
      ]
    : [];
  return { items, show, fail };
}

export function FlashMessages({ items }: { items: FlashbarProps.MessageDefinition[] }) {
  return items.length > 0 ? <Flashbar items={items} /> : null;
}
