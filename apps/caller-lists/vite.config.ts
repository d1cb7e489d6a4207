import { remoteViteConfig } from "@flow-configs/config-vite/remote-vite-config";

export default remoteViteConfig({ name: "callerLists", exposes: { "./Module": "./src/expose/Module.tsx" }, defaultPort: 5176 });
