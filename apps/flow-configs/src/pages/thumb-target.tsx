import type { ReactNode } from "react";

/** Thumb-size: 44 px (Apple's guideline, WCAG 2.5.5). */
const THUMB_PX = 44;

/**
 * Cloudscape's toggle is about 20 px tall. This box around it is a 44 px target for a finger: a tap on it
 * beside the toggle flips it too. The toggle stays the one accessible control (keyboard, screen readers);
 * a tap on the toggle itself is the toggle's own.
 */
export function ThumbTarget({ onTap, children }: { onTap?: () => void; children: ReactNode }) {
  return (
    <div
      data-thumb-target=""
      style={{ display: "inline-flex", alignItems: "center", minHeight: THUMB_PX, minWidth: THUMB_PX, paddingInlineEnd: 16, cursor: onTap ? "pointer" : undefined }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onTap?.();
      }}
    >
      {children}
    </div>
  );
}
