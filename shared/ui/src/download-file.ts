/** Hands the browser a file to save (an export, a result report) without a round trip to a server. */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is no longer needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
