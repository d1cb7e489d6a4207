import BreadcrumbGroup from "@cloudscape-design/components/breadcrumb-group";
import { useNavigate } from "react-router";
import { useFlowConfigs } from "../expose/flow-configs-context";

/** "Flow configs › <page>", following links inside the router instead of reloading the shell. */
export function ConfigBreadcrumbs({ current }: { current: string }) {
  const { basePath } = useFlowConfigs();
  const navigate = useNavigate();
  return (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: "Flow configs", href: basePath || "/" },
        { text: current, href: "#" },
      ]}
      onFollow={(event) => {
        event.preventDefault();
        if (event.detail.href !== "#") navigate(event.detail.href);
      }}
    />
  );
}
