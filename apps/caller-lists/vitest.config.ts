import { remoteVitestConfig } from "@flow-configs/config-vite/remote-vitest-config";

export default remoteVitestConfig();
