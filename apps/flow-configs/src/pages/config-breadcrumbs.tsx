import BreadcrumbGroup from "@cloudscape-design/components/breadcrumb-group";
import { useNavigate } from "react-router";
import { useFlowConfigs } from "../expose/flow-configs-context";

export interface ConfigBreadcrumbsProps {
  /** The config the page belongs to: its own level, a link unless it is the page itself. */
  configId?: string;
  /** The page below the config (or below the list), e.g. "History". */
  current?: string;
}

/** "Flow configs › <config> › <page>", following links inside the router instead of reloading the shell. */
export function ConfigBreadcrumbs({ configId, current }: ConfigBreadcrumbsProps) {
  const { basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const items = [
    { text: "Flow configs", href: basePath || "/" },
    ...(configId ? [{ text: configId, href: current ? `${basePath}/${encodeURIComponent(configId)}` : "#" }] : []),
    ...(current ? [{ text: current, href: "#" }] : []),
  ];
  return (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={items}
      onFollow={(event) => {
        event.preventDefault();
        if (event.detail.href !== "#") navigate(event.detail.href);
      }}
    />
  );
}
