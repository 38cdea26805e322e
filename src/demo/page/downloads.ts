/**
 * Downloads
 * =========
 *
 * Charts as SVG or PNG and the run's data as CSV, saved from the page itself
 * (no server involved).
 */
export function download(name: string, content: string | Blob, type = 'text/plain'): void {
  const url = content instanceof Blob ? URL.createObjectURL(content) : URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
}

/** A base64 data URL (as Vega's toImageURL gives) saved as a file; decoded here, as the page may fetch nothing but itself. */
export function downloadDataUrl(name: string, dataUrl: string): void {
  const [header, base64] = dataUrl.split(',', 2);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  download(name, new Blob([bytes], { type: header.slice('data:'.length).split(';')[0] }));
}
