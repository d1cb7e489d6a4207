/**
 * `Content-Disposition` for a download: an ASCII fallback name and the exact one as RFC 6266 `filename*`,
 * both built so that no character of a name can end the parameter or the header.
 */
export function attachment(filename: string): string {
  const fallback = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
