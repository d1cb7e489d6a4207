/** How often the opener looks at the popup's address. */
const POLL_MS = 200;

/**
 * Opens the sign-in page in a popup (identity providers refuse to be framed, and the Connect workspace
 * frames us) and resolves with the popup's URL once it lands back on one of our redirect URLs —
 * readable only then, because it is our own origin again. Resolves `null` if the user closes it.
 */
export function openAuthPopup(url: string, redirectUrls: readonly string[]): Promise<string | null> {
  const popup = window.open(url, "admin-suite-sign-in", "popup,width=480,height=640");
  if (!popup) return Promise.reject(new Error("The sign-in window was blocked. Allow popups for this site."));
  return new Promise((resolve) => {
    const timer = window.setInterval(() => {
      if (popup.closed) {
        window.clearInterval(timer);
        resolve(null);
        return;
      }
      let href: string;
      try {
        href = popup.location.href;
      } catch {
        return; // still on the identity provider's origin
      }
      if (redirectUrls.some((redirectUrl) => href.startsWith(redirectUrl)) && href !== url) {
        window.clearInterval(timer);
        popup.close();
        resolve(href);
      }
    }, POLL_MS);
  });
}
