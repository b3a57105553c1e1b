// Hands a text file to the browser as a download, through a Blob URL (works offline: no server round trip).
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The BOM lets spreadsheet apps read accents (Montmartre's "é") as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
