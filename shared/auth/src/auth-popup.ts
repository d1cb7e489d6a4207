/**
 * True in the sign-in popup once it is back on our origin: the opener reads its URL and closes it,
 * so the page must not boot the app (which would consume the one-time code or token itself).
 */
export function isAuthPopup(): boolean {
  if (window.opener === null || window.opener === window) return false;
  return window.location.hash.includes("id_token=") || new URLSearchParams(window.location.search).has("code");
}
