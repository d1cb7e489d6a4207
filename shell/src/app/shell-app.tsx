import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Box from "@cloudscape-design/components/box";
import { useSession } from "@flow-configs/auth";
import { use, useMemo } from "react";
import { BrowserRouter, Route, Routes, useNavigate } from "react-router";
import { SessionExpiredNotice } from "../auth/session-expired-notice";
import { SignInPage } from "../auth/sign-in-page";
import { useWorkspace } from "../connect/use-workspace";
import { StartErrorPage } from "../layout/start-error-page";
import { HomePage } from "../layout/home-page";
import { NoAccessPage } from "../layout/no-access-page";
import { NotFoundPage } from "../layout/not-found-page";
import { ShellLayout } from "../layout/shell-layout";
import { RemoteModuleView, type SuiteProps } from "../remotes/remote-module-view";
import { allowedModules } from "./allowed-modules";
import type { ShellStart } from "./start-shell";

type Ready = Extract<ShellStart, { kind: "ready" }>;

function ReadyShell({ config, session, workspace: workspacePort }: Ready) {
  const { status, user, groups } = useSession(session);
  const workspace = useWorkspace(workspacePort);
  const modules = useMemo(() => allowedModules(config.modules, groups), [config.modules, groups]);
  const navigate = useNavigate();
  // What the shell gives every module besides its own entry's route and API, built once for all of them.
  const suite = useMemo<SuiteProps>(
    () => ({
      session,
      workspace,
      navigation: {
        modules: modules.map(({ id, title, route }) => ({ id, title, route })),
        navigate: (path) => void navigate(path),
      },
    }),
    [session, workspace, modules, navigate],
  );

  if (status === "loading") {
    return (
      <Box padding="l">
        <StatusIndicator type="loading">Signing in</StatusIndicator>
      </Box>
    );
  }
  if (status === "signedOut" || !user) return <SignInPage title={config.title} session={session} />;

  return (
    <ShellLayout
      title={config.title}
      session={session}
      user={user}
      groups={groups}
      workspace={workspace}
      modules={modules}
      notifications={<SessionExpiredNotice session={session} />}
    >
      <Routes>
        <Route index element={<HomePage modules={modules} />} />
        {config.modules.map((module) => (
          <Route
            key={module.id}
            path={`${module.route}/*`}
            element={
              modules.includes(module) ? (
                <RemoteModuleView key={module.id} module={module} suite={suite} />
              ) : (
                <NoAccessPage title={module.title} />
              )
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </ShellLayout>
  );
}

/** The shell: waits for its start (config, session, workspace port), then renders the admin suite. */
export function ShellApp({ start }: { start: Promise<ShellStart> }) {
  const started = use(start);
  if (started.kind === "startError") return <StartErrorPage title={started.title} problems={started.problems} />;
  return (
    <BrowserRouter>
      <ReadyShell {...started} />
    </BrowserRouter>
  );
}
