import { buildTheme } from "@amazon-connect/theme/lib/build-theme";
import { CONNECT_OVERRIDES } from "@amazon-connect/theme/lib/connect-overrides";
import { generateThemeStylesheet } from "@cloudscape-design/components/theming";

/** The Connect look as a static stylesheet: what `applyConnectTheme()` would apply at run time, without its runtime. */
export function connectThemeCss(): string {
  return generateThemeStylesheet({ theme: buildTheme(CONNECT_OVERRIDES) });
}

// Run as a script (`node --import tsx scripts/connect-theme-css.ts`), it prints the stylesheet.
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(connectThemeCss());
