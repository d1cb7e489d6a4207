import AppLayout from "@cloudscape-design/components/app-layout";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import TopNavigation from "@cloudscape-design/components/top-navigation";
import type { Session } from "@flow-configs/auth";
import { useSession } from "@flow-configs/auth";
import type { ComponentType } from "react";
import { Navigate, Route, Routes } from "react-router";

/** The part of the shell's props a module needs to run on its own. */
export type StandaloneModule = ComponentType<{ session: Session; apiUrl: string; basePath: string }>;

export interface StandaloneOptions {
  /** The module's name, e.g. "Caller Lists". */
  title: string;
  /** Where the module is mounted, e.g. `/caller-lists` (the route the shell gives it too). */
  basePath: string;
  /** What the user works on, for the sign-in prompt, e.g. "caller lists". */
  subject: string;
  /** The module's exposed component. */
  module: StandaloneModule;
}

export interface StandalonePageProps extends StandaloneOptions {
  session: Session;
  apiUrl: string;
}

/** The module on its own, for development: the shell's job (signing in, the frame) done the simplest way. */
export function StandalonePage({ title, basePath, subject, module: Module, session, apiUrl }: StandalonePageProps) {
  const state = useSession(session);
  const signedIn = state.status === "signedIn" || state.status === "signInRequired";
  return (
    <>
      <div id="top-nav" style={{ position: "sticky", top: 0, zIndex: 1002 }}>
        <TopNavigation
          identity={{ href: basePath, title: `${title} (standalone)` }}
          utilities={
            signedIn && state.user
              ? [{ type: "button", text: `${state.user.name} · Sign out`, onClick: () => void session.signOut() }]
              : []
          }
        />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        navigationHide
        toolsHide
        content={
          signedIn ? (
            <Routes>
              <Route path={`${basePath}/*`} element={<Module session={session} apiUrl={apiUrl} basePath={basePath} />} />
              <Route path="*" element={<Navigate to={basePath} replace />} />
            </Routes>
          ) : (
            <Container header={<Header variant="h1">{title}</Header>}>
              <SpaceBetween size="m">
                <Box>{state.error ?? `Sign in with a local persona to work on ${subject}.`}</Box>
                <Button variant="primary" onClick={() => void session.signIn()}>
                  Sign in
                </Button>
              </SpaceBetween>
            </Container>
          )
        }
      />
    </>
  );
}
