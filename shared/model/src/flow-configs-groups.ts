/** The Flow Configs module's Cognito groups: its Cedar policies, its UI roles and its module entry name them. */
export const GROUPS = {
  admin: "FlowConfigsAdmin",
  business: "FlowConfigsBusiness",
  readOnly: "FlowConfigsReadOnly",
  /** The second person of the two-person rule: approves or rejects changes others requested. */
  approver: "FlowConfigsApprover",
} as const;
