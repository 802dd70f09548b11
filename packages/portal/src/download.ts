/**
 * Files the API returns inside an answer (a CSV export, a rendered PDF) saved by the browser under their name:
 * one way for every screen, so each download behaves the same (a link clicked, the object URL released after).
 */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Released later, not at once: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV answer: the text already starts with its BOM (Excel then reads Arabic as UTF-8). */
export function saveCsv(file: { filename: string; contentType: string; csv: string }) {
  saveBlob(new Blob([file.csv], { type: file.contentType }), file.filename);
}

/** Bytes the API sent as base64 (a scan, a report, a dossier) as a Blob of their type. */
export const base64Blob = (data: string, mime: string) =>
  new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: mime });

/** A base64 answer saved under `filename`. */
export function saveBase64(file: { dataBase64: string; mime: string }, filename: string) {
  saveBlob(base64Blob(file.dataBase64, file.mime), filename);
}
