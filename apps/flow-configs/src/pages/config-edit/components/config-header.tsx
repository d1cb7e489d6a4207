import Button from "@cloudscape-design/components/button";
import ButtonDropdown from "@cloudscape-design/components/button-dropdown";
import type { ButtonDropdownProps } from "@cloudscape-design/components/button-dropdown";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { FlowConfig } from "@flow-configs/model";

export type ConfigAction = "history" | "entries" | "shape" | "clone" | "export" | "new-office" | "offices" | "delete";

export interface ConfigHeaderProps {
  config: FlowConfig;
  isAdmin: boolean;
  exporting: boolean;
  onAction: (action: ConfigAction) => void;
}

/**
 * The config's heading with two buttons and one dropdown: more buttons wrap to three rows on a phone.
 * Delete sits last in the dropdown.
 */
export function ConfigHeader({ config, isAdmin, exporting, onAction }: ConfigHeaderProps) {
  const isList = config.kind === "list";
  const canBeTemplate = config.templateId === null && !isList;
  const items: ButtonDropdownProps.ItemOrGroup[] = [
    // An office takes its shape from its template: the item opens the template's shape
    { id: "shape", text: "Edit shape", ...(config.templateId && { secondaryText: `of the template ${config.templateId}` }) },
    { id: "clone", text: "Clone" },
    { id: "export", text: "Export JSON" },
    ...(canBeTemplate
      ? [
          { id: "new-office", text: "New office from template" },
          { id: "offices", text: "Offices (CSV import/export)" },
        ]
      : []),
    { id: "delete", text: "Delete" },
  ];
  const description = `${config.description || "No description"} · version ${config.version} by ${config.updatedBy}${config.templateId ? ` · from template ${config.templateId}` : ""}`;
  return (
    <Header
      variant="h1"
      description={description}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={() => onAction("history")}>History</Button>
          {isList && <Button onClick={() => onAction("entries")}>Manage list</Button>}
          {isAdmin && (
            <ButtonDropdown items={items} loading={exporting} onItemClick={(event) => onAction(event.detail.id as ConfigAction)}>
              More actions
            </ButtonDropdown>
          )}
        </SpaceBetween>
      }
    >
      {config.id}
    </Header>
  );
}
