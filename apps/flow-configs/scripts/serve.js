// Serves the built remote like production (npm start runs this): builds first when needed.
import { serveRemote } from "@flow-configs/config-vite/serve-remote";

serveRemote({
  defaultPort: 5174,
  sources: ["src", "vite.config.ts", "package.json", "../../shared/model/src", "../../shared/api-client/src", "../../shared/auth/src", "../../shared/ui/src"],
});
