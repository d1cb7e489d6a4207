import "@cloudscape-design/global-styles/index.css";
import { createLocalSession } from "@flow-configs/auth";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { StandalonePage, type StandaloneOptions } from "./standalone-page";

/**
 * Renders a module on its own into `#root` of the page config-vite serves it on (`npm run dev`), signed in against the local
 * identity provider: the shell's job done the simplest way, so a module team can work without the shell.
 */
export function mountStandalone(options: StandaloneOptions): void {
  const apiUrl = import.meta.env.VITE_API_URL ?? "http://localhost:3000";
  // Created once per page load: the session reads the sign-in answer from the URL exactly once.
  const session = createLocalSession(
    {
      kind: "local",
      issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
      providerUrl: apiUrl,
      userPoolClientId: "flow-configs-local",
    },
    { inIframe: false },
  );

  document.title = `${options.title} (standalone)`;
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root");
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <StandalonePage {...options} session={session} apiUrl={apiUrl} />
      </BrowserRouter>
    </StrictMode>,
  );
}
