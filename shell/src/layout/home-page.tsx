import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { AdminModule } from "@flow-configs/model/runtime";
import { useNavigate } from "react-router";

/** The modules this user may open. */
export function HomePage({ modules }: { modules: readonly AdminModule[] }) {
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1">Admin modules</Header>}>
      {modules.length === 0 ? (
        <Container>
          <Box textAlign="center" padding="l">
            <Box variant="strong">No modules for you yet</Box>
            <Box variant="p">
              Your account is in none of the groups that may open an admin module. Ask an administrator for access.
            </Box>
          </Box>
        </Container>
      ) : (
        <SpaceBetween size="m">
          {modules.map((module) => (
            <Container key={module.id}>
              <Box padding={{ vertical: "xs" }}>
                <Link
                  href={module.route}
                  fontSize="heading-m"
                  onFollow={(event) => {
                    event.preventDefault();
                    void navigate(module.route);
                  }}
                >
                  {module.title}
                </Link>
              </Box>
            </Container>
          ))}
        </SpaceBetween>
      )}
    </ContentLayout>
  );
}
