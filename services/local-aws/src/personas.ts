/** The people the local sign-in page offers; DESIGN.md's groups (both modules') and scope format. */
export interface Persona {
  username: string;
  name: string;
  role: string;
  groups: string[];
  /** The `FlowConfigsScope` tag the pre-token Lambda would read: `*` every config; none for an admin (unscoped). */
  scope?: string;
}

export const PERSONAS: readonly Persona[] = [
  { username: "alex", name: "Alex Admin", role: "Administrator", groups: ["FlowConfigsAdmin", "CallerListsAdmin"] },
  { username: "morgan", name: "Morgan Manager", role: "Contact-center manager", groups: ["FlowConfigsBusiness", "CallerListsEditor"], scope: "*" },
  { username: "riley", name: "Riley Reader", role: "Read-only", groups: ["FlowConfigsReadOnly", "CallerListsReadOnly"], scope: "*" },
  {
    username: "oscar",
    name: "Oscar Office",
    role: "Austin office manager",
    groups: ["FlowConfigsBusiness"],
    scope: "id:Office-Austin",
  },
  { username: "avery", name: "Avery Approver", role: "Second person (two-person rule)", groups: ["FlowConfigsApprover"], scope: "*" },
  { username: "casey", name: "Casey Contractor", role: "No admin group", groups: [] },
];
