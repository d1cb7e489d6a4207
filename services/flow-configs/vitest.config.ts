import { serviceVitestConfig } from "@flow-configs/config-vite/service-vitest-config";

export default serviceVitestConfig();
