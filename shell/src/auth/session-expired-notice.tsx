import Button from "@cloudscape-design/components/button";
import type { Session } from "@flow-configs/auth";
import { useSession } from "@flow-configs/auth";
import { lazy, Suspense } from "react";

// Fetched when a session expires, not with every first view.
const Flashbar = lazy(() => import("@cloudscape-design/components/flashbar"));

/** When the token expires the page stays as it is (unsaved edits too); signing in again happens in a popup. */
export function SessionExpiredNotice({ session }: { session: Session }) {
  const { status } = useSession(session);
  if (status !== "signInRequired") return null;
  return (
    <Suspense fallback={null}>
      <Flashbar
        items={[
          {
            id: "session-expired",
            type: "warning",
            header: "Your session has expired",
            content: "Sign in again to keep working. Your unsaved changes stay on this page.",
            action: <Button onClick={() => void session.signIn()}>Sign in again</Button>,
          },
        ]}
      />
    </Suspense>
  );
}
