import { useEffect } from "react";

/** The attribute that names a form field's key on its wrapper, so a refused save can find the field. */
export const FIELD_KEY_ATTRIBUTE = "data-field-key";

const FOCUSABLE = "input, textarea, button, [tabindex]";

/**
 * Scrolls to and focuses the field with `key` once it is on the page (after a tab switch renders it);
 * `nonce` repeats the request for the same field.
 */
export function useFocusField(request: { key: string; nonce: number } | null): void {
  useEffect(() => {
    if (!request) return;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const wrapper = [...document.querySelectorAll<HTMLElement>(`[${FIELD_KEY_ATTRIBUTE}]`)].find((element) => element.getAttribute(FIELD_KEY_ATTRIBUTE) === request.key);
      const control = wrapper?.querySelector<HTMLElement>(FOCUSABLE);
      if (control) {
        control.scrollIntoView?.({ block: "center" });
        control.focus({ preventScroll: true });
      } else if ((tries += 1) < 20) {
        frame = requestAnimationFrame(attempt);
      }
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [request]);
}
