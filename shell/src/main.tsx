import "@cloudscape-design/global-styles/index.css";
import "virtual:connect-theme.css";
import Box from "@cloudscape-design/components/box";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { isAuthPopup } from "@flow-configs/auth";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { ShellApp } from "./app/shell-app";
import { startShell } from "./app/start-shell";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);

if (isAuthPopup()) {
  // The opener reads this window's URL and closes it; booting the app here would consume the token.
  root.render(<Box padding="l">Finishing sign-in…</Box>);
} else {
  const start = startShell();
  root.render(
    <StrictMode>
      <Suspense
        fallback={
          <Box padding="l">
            <StatusIndicator type="loading">Loading the admin suite</StatusIndicator>
          </Box>
        }
      >
        <ShellApp start={start} />
      </Suspense>
    </StrictMode>,
  );
}
