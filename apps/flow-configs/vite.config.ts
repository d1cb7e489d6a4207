import { remoteViteConfig } from "@flow-configs/config-vite/remote-vite-config";

export default remoteViteConfig({ name: "flowConfigs", exposes: { "./App": "./src/expose/App.tsx" }, defaultPort: 5174 });
