import { buildTheme } from "@amazon-connect/theme/lib/build-theme";
import { CONNECT_OVERRIDES } from "@amazon-connect/theme/lib/connect-overrides";
import { generateThemeStylesheet } from "@cloudscape-design/components/theming";

/**
 * Where a finger is the pointer, Cloudscape's 32 px inputs, selects and buttons grow to 44 px, a thumb-size
 * target (Apple's guideline, WCAG 2.5.5), through Cloudscape's own size tokens.
 */
const THUMB = "44px";
const TOUCH_TOKENS = { sizeVerticalInput: THUMB, spaceButtonVertical: "10px" };

/**
 * The Connect look as a static stylesheet: what `applyConnectTheme()` would apply at run time, without its
 * runtime; then the touch sizes for coarse pointers.
 */
export function connectThemeCss(): string {
  const connect = generateThemeStylesheet({ theme: buildTheme(CONNECT_OVERRIDES) });
  const touch = generateThemeStylesheet({ theme: { tokens: TOUCH_TOKENS } });
  // Icon-only buttons (pagination, the navigation and account menus) have no size token, and Cloudscape's own
  // rules outrank any selector of ours: a floor for every button, the one place this stylesheet insists
  const buttons = `button { min-inline-size: ${THUMB} !important; min-block-size: ${THUMB} !important; }`;
  return `${connect}\n@media (pointer: coarse) {\n${touch}\n${buttons}\n}\n`;
}

// Run as a script (`node --import tsx scripts/connect-theme-css.ts`), it prints the stylesheet.
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(connectThemeCss());
