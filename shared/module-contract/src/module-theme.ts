/**
 * The look the shell applies to the whole page: Amazon Connect's Cloudscape theme, built into the shell's CSS
 * (44 px touch targets where the pointer is a finger). A module's Cloudscape components inherit it; anything a
 * module draws itself (a chart, a canvas) should match these.
 */
export interface ModuleTheme {
  readonly name: "amazon-connect";
  readonly colorScheme: "light" | "dark";
  readonly density: "comfortable" | "compact";
}
