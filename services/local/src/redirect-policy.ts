/**
 * Where the local sign-in may send a token: a page on this machine (http://localhost, any port) or the
 * configured shell origin. Anything else is refused, so the page cannot hand tokens to a foreign site.
 */
export function isAllowedRedirect(redirectUri: string, shellOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.origin === new URL(shellOrigin).origin) return true;
  return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
}
