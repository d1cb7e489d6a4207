import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/** How many frames to wait for a lazily loaded page to render its heading. */
const MAX_FRAMES = 120;

/**
 * After navigating inside the module, focus moves to the new page's heading, so a screen reader says where
 * the user is and the keyboard starts from the top of the page. The first page keeps the browser's focus.
 */
export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let frame = 0;
    const attempt = () => {
      const heading = document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("h1");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else if ((frames += 1) < MAX_FRAMES) {
        frame = requestAnimationFrame(attempt);
      }
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
