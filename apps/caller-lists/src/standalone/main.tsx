import "@cloudscape-design/global-styles/index.css";
import { createLocalSession } from "@flow-configs/auth";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { StandalonePage } from "./standalone-page";

const apiUrl = import.meta.env.VITE_API_URL ?? "http://localhost:3000";

// Created once at module level: the session reads the sign-in answer from the URL exactly once.
const session = createLocalSession(
  {
    kind: "local",
    issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
    providerUrl: apiUrl,
    userPoolClientId: "flow-configs-local",
  },
  { inIframe: false },
);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <StandalonePage session={session} apiUrl={apiUrl} />
    </BrowserRouter>
  </StrictMode>,
);
