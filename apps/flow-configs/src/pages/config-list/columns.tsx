import Link from "@cloudscape-design/components/link";
import type { TableProps } from "@cloudscape-design/components/table";
import type { ConfigSummary } from "@flow-configs/model";
import type { ReactNode } from "react";

export const formatDate = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A config's id as a link to its page, followed inside the router instead of reloading the shell. */
export function configIdCell(hrefOf: (id: string) => string, follow: (id: string) => void) {
  return (item: ConfigSummary) => (
    <Link
      href={hrefOf(item.id)}
      onFollow={(event) => {
        event.preventDefault();
        follow(item.id);
      }}
    >
      {item.id}
    </Link>
  );
}

export function configColumns(
  hrefOf: (id: string) => string,
  follow: (id: string) => void,
  flowUseOf: (item: ConfigSummary) => ReactNode,
): TableProps.ColumnDefinition<ConfigSummary>[] {
  return [
    {
      id: "id",
      header: "Config",
      cell: configIdCell(hrefOf, follow),
      sortingField: "id",
      isRowHeader: true,
    },
    { id: "description", header: "Description", cell: (item) => item.description || "-", sortingField: "description" },
    { id: "template", header: "Template", cell: (item) => item.templateId ?? "-", sortingField: "templateId" },
    { id: "entries", header: "Variables / prompts", cell: (item) => `${item.variableCount} / ${item.promptCount}` },
    { id: "flows", header: "Contact flows", cell: flowUseOf },
    { id: "updated", header: "Updated", cell: (item) => `${formatDate(item.updatedAt)} by ${item.updatedBy}`, sortingField: "updatedAt" },
  ];
}

/** On a phone the table shows what fits without scrolling sideways; the config page has the rest. */
export const PHONE_COLUMNS = ["id", "flows", "updated"];
export const DESKTOP_COLUMNS = ["id", "description", "template", "entries", "flows", "updated"];
