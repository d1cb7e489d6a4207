import { mountStandalone } from "@flow-configs/ui/standalone";
import FlowConfigsApp from "../expose/App";

mountStandalone({ title: "Flow Configs", basePath: "/flow-configs", subject: "flow configs", module: FlowConfigsApp });
