import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { Session } from "@flow-configs/auth";
import { useSession } from "@flow-configs/auth";
import { useState } from "react";

/** Shown to anyone not signed in: never a blank page. */
export function SignInPage({ title, session }: { title: string; session: Session }) {
  const { error } = useSession(session);
  const [signingIn, setSigningIn] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function signIn() {
    setSigningIn(true);
    setFailure(null);
    try {
      await session.signIn();
    } catch (signInError) {
      setFailure(signInError instanceof Error ? signInError.message : String(signInError));
    } finally {
      setSigningIn(false);
    }
  }

  return (
    <Box padding={{ vertical: "xxl", horizontal: "l" }}>
      <div style={{ maxWidth: 480, margin: "0 auto" }}>
        <Container header={<Header variant="h1">{title}</Header>}>
          <SpaceBetween size="l">
            <Box variant="p">Sign in with your organization account to open the admin modules.</Box>
            {(failure ?? error) && (
              <Alert type="error" header="Sign-in did not complete">
                {failure ?? error}
              </Alert>
            )}
            <Button variant="primary" fullWidth loading={signingIn} onClick={() => void signIn()}>
              Sign in
            </Button>
          </SpaceBetween>
        </Container>
      </div>
    </Box>
  );
}
