import AppLayout from "@cloudscape-design/components/app-layout";
import SideNavigation from "@cloudscape-design/components/side-navigation";
import TopNavigation from "@cloudscape-design/components/top-navigation";
import type { Session, SessionUser } from "@flow-configs/auth";
import type { AdminModule } from "@flow-configs/model/runtime";
import { useState, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import type { WorkspaceContext } from "../connect/connect-workspace";

/** Cloudscape's own breakpoint: below it AppLayout shows navigation as an overlay drawer. */
const PHONE_QUERY = "(max-width: 688px)";

interface Props {
  /** The suite's name (`/config.json` `title`). */
  title: string;
  session: Session;
  user: SessionUser;
  groups: readonly string[];
  workspace: WorkspaceContext;
  modules: readonly AdminModule[];
  notifications: ReactNode;
  children: ReactNode;
}

function activeRoute(pathname: string, modules: readonly AdminModule[]): string {
  return modules.find((module) => pathname === module.route || pathname.startsWith(`${module.route}/`))?.route ?? "/";
}

/** Top navigation (user, groups, workspace mode, sign out), side navigation of allowed modules, content. */
export function ShellLayout({ title, session, user, groups, workspace, modules, notifications, children }: Props) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [navigationOpen, setNavigationOpen] = useState(() => !window.matchMedia(PHONE_QUERY).matches);
  const inWorkspace = workspace.mode === "workspace";

  function follow(href: string) {
    void navigate(href);
    if (window.matchMedia(PHONE_QUERY).matches) setNavigationOpen(false);
  }

  return (
    <>
      <div id="shell-top-navigation" style={{ position: "sticky", top: 0, zIndex: 1002 }}>
        <TopNavigation
          identity={{
            href: "/",
            title,
            onFollow: (event) => {
              event.preventDefault();
              follow("/");
            },
          }}
          utilities={[
            {
              type: "button",
              text: inWorkspace ? "Connect workspace" : "Standalone",
              iconName: inWorkspace ? "status-positive" : "status-info",
              ariaLabel: inWorkspace ? "Running inside the Connect workspace" : "Running standalone",
              disableUtilityCollapse: false,
            },
            {
              type: "menu-dropdown",
              text: user.name,
              description: user.email || user.username,
              iconName: "user-profile",
              ariaLabel: `Account menu for ${user.name}`,
              items: [
                { id: "groups", text: `Groups: ${groups.length > 0 ? groups.join(", ") : "none"}`, disabled: true },
                ...(inWorkspace && workspace.userName
                  ? [{ id: "connect-user", text: `Connect user: ${workspace.userName}`, disabled: true }]
                  : []),
                { id: "sign-out", text: "Sign out" },
              ],
              onItemClick: ({ detail }) => {
                if (detail.id === "sign-out") void session.signOut();
              },
            },
          ]}
          i18nStrings={{
            overflowMenuTriggerText: "More",
            overflowMenuTitleText: "All",
            overflowMenuBackIconAriaLabel: "Back",
            overflowMenuDismissIconAriaLabel: "Close menu",
          }}
        />
      </div>
      <AppLayout
        headerSelector="#shell-top-navigation"
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        navigation={
          <SideNavigation
            header={{ href: "/", text: "Admin modules" }}
            activeHref={activeRoute(pathname, modules)}
            items={modules.map((module) => ({ type: "link", text: module.title, href: module.route }))}
            onFollow={(event) => {
              event.preventDefault();
              follow(event.detail.href);
            }}
          />
        }
        toolsHide
        notifications={notifications}
        content={children}
        ariaLabels={{
          navigation: "Admin modules",
          navigationToggle: "Open navigation",
          navigationClose: "Close navigation",
        }}
      />
    </>
  );
}
