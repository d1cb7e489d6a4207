import type { FlashbarProps } from "@cloudscape-design/components/flashbar";
import { lazy, Suspense, useCallback, useState } from "react";
import { useLocation } from "react-router";

export interface FlashMessage {
  type: "success" | "error" | "warning" | "info";
  header: string;
  content?: string;
  action?: { text: string; onClick: () => void };
}

/** Router state another page sets to show a message after navigating here (e.g. "Config deleted"). */
export interface FlashNavigationState {
  flash?: FlashMessage;
}

/**
 * A page's Flashbar items: one message per outcome, each dismissible; a message passed in the router state
 * by the page that navigated here shows first.
 */
export function useFlashMessages(): {
  items: FlashbarProps.MessageDefinition[];
  show: (message: FlashMessage) => void;
  clear: () => void;
} {
  const location = useLocation();
  const [messages, setMessages] = useState<FlashMessage[]>(() => {
    const fromNavigation = (location.state as FlashNavigationState | null)?.flash;
    return fromNavigation ? [fromNavigation] : [];
  });

  const show = useCallback((message: FlashMessage) => setMessages([message]), []);
  const clear = useCallback(() => setMessages([]), []);

  const items = messages.map((message, index): FlashbarProps.MessageDefinition => ({
    id: `${index}-${message.header}`,
    type: message.type,
    header: message.header,
    content: message.content,
    dismissible: true,
    dismissLabel: "Dismiss message",
    onDismiss: () => setMessages((current) => current.filter((candidate) => candidate !== message)),
    ...(message.action ? { buttonText: message.action.text, onButtonClick: message.action.onClick } : {}),
  }));
  return { items, show, clear };
}

// Most visits show no message: Flashbar's code is fetched with the first one, not with the page.
const Flashbar = lazy(() => import("@cloudscape-design/components/flashbar"));

/**
 * A page's flash messages (`useFlashMessages().items`), stuck below the shell's top navigation so an outcome
 * is seen where the user is (AppLayout's stickyNotifications, for a module that renders inside the shell's
 * content: the layout sets the offset). Place it as a direct child of the page's ContentLayout. Nothing at
 * all while there are none.
 */
export function FlashMessages({ items }: { items: FlashbarProps.MessageDefinition[] }) {
  if (items.length === 0) return null;
  return (
    <div
      role="region"
      aria-label="Notifications"
      style={{ position: "sticky", top: "var(--awsui-sticky-vertical-top-offset, 0px)", zIndex: 900, paddingBottom: 16 }}
    >
      <Suspense fallback={null}>
        <Flashbar items={items} />
      </Suspense>
    </div>
  );
}
