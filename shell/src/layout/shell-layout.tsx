import AppLayout from "@cloudscape-design/components/app-layout";
import SideNavigation from "@cloudscape-design/components/side-navigation";
import TopNavigation from "@cloudscape-design/components/top-navigation";
import { readIdTokenClaims } from "@flow-configs/auth";
import type { Session, SessionUser } from "@flow-configs/auth";
import { describeScope } from "@flow-configs/model/runtime";
import type { AccessScope, AdminModule } from "@flow-configs/model/runtime";
import { useEffect, useState, type CSSProperties, type ReactNode } from "react";
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

/** The configs the user is limited to, from the ID token (null: every config, or not read yet). */
function useAccessScope(session: Session, user: SessionUser): AccessScope | null {
  const [scope, setScope] = useState<AccessScope | null>(null);
  useEffect(() => {
    let current = true;
    session.getIdToken().then(
      (token) => current && setScope(readIdTokenClaims(token).scope),
      () => current && setScope(null),
    );
    return () => {
      current = false;
    };
  }, [session, user]);
  return scope;
}

const MODE_EXPLAINED = {
  workspace: "Running inside the Amazon Connect agent workspace: the app uses the workspace's theme and its signed-in Connect user.",
  standalone: "Running standalone, outside the Amazon Connect agent workspace: everything works; only the Connect user is unknown.",
};

// Off-screen until a keyboard user tabs to it: the first stop on every page.
const SKIP_LINK_HIDDEN: CSSProperties = { position: "absolute", left: -10_000, top: 0 };
const SKIP_LINK_SHOWN: CSSProperties = { position: "absolute", left: 8, top: 8, zIndex: 2000, padding: 8, background: "#fff", color: "#0972d3" };

/** Top navigation (user, groups, workspace mode, sign out), side navigation of allowed modules, content. */
export function ShellLayout({ title, session, user, groups, workspace, modules, notifications, children }: Props) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [navigationOpen, setNavigationOpen] = useState(() => !window.matchMedia(PHONE_QUERY).matches);
  const inWorkspace = workspace.mode === "workspace";
  const scope = useAccessScope(session, user);
  const [skipLinkFocused, setSkipLinkFocused] = useState(false);

  function follow(href: string) {
    void navigate(href);
    if (window.matchMedia(PHONE_QUERY).matches) setNavigationOpen(false);
  }

  return (
    <>
      <a
        href="#main-content"
        style={skipLinkFocused ? SKIP_LINK_SHOWN : SKIP_LINK_HIDDEN}
        onFocus={() => setSkipLinkFocused(true)}
        onBlur={() => setSkipLinkFocused(false)}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main-content")?.focus();
        }}
      >
        Skip to main content
      </a>
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
              // A menu that says what the mode means: a plain button here did nothing when pressed.
              type: "menu-dropdown",
              text: inWorkspace ? "Connect workspace" : "Standalone",
              iconName: inWorkspace ? "status-positive" : "status-info",
              ariaLabel: inWorkspace ? "Running inside the Connect workspace" : "Running standalone",
              items: [{ id: "mode", text: inWorkspace ? MODE_EXPLAINED.workspace : MODE_EXPLAINED.standalone, disabled: true }],
            },
            {
              type: "menu-dropdown",
              text: user.name,
              description: user.email || user.username,
              iconName: "user-profile",
              ariaLabel: `Account menu for ${user.name}`,
              items: [
                { id: "groups", text: `Groups: ${groups.length > 0 ? groups.join(", ") : "none"}`, disabled: true },
                ...(scope ? [{ id: "scope", text: describeScope(scope), disabled: true }] : []),
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
        content={
          <div id="main-content" tabIndex={-1} style={{ outline: "none" }}>
            {children}
          </div>
        }
        ariaLabels={{
          navigation: "Admin modules",
          navigationToggle: "Open navigation",
          navigationClose: "Close navigation",
        }}
      />
    </>
  );
}
