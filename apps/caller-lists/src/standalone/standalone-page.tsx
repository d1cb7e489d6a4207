import AppLayout from "@cloudscape-design/components/app-layout";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import TopNavigation from "@cloudscape-design/components/top-navigation";
import type { Session } from "@flow-configs/auth";
import { useSession } from "@flow-configs/auth";
import { Navigate, Route, Routes } from "react-router";
import CallerListsModule from "../expose/Module";

const BASE_PATH = "/caller-lists";

/** The module on its own, for development: the shell's job (signing in, the frame) done the simplest way. */
export function StandalonePage({ session, apiUrl }: { session: Session; apiUrl: string }) {
  const state = useSession(session);
  const signedIn = state.status === "signedIn" || state.status === "signInRequired";
  return (
    <>
      <div id="top-nav" style={{ position: "sticky", top: 0, zIndex: 1002 }}>
        <TopNavigation
          identity={{ href: BASE_PATH, title: "Caller Lists (standalone)" }}
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
              <Route path={`${BASE_PATH}/*`} element={<CallerListsModule session={session} apiUrl={apiUrl} basePath={BASE_PATH} />} />
              <Route path="*" element={<Navigate to={BASE_PATH} replace />} />
            </Routes>
          ) : (
            <Container header={<Header variant="h1">Caller Lists</Header>}>
              <SpaceBetween size="m">
                <Box>{state.error ?? "Sign in with a local persona to work on caller lists."}</Box>
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
