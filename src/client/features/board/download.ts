// Hands a text file to the browser as a download, through a Blob URL (works offline: no server round trip).
/**
 * The file's bytes: a UTF-8 byte-order mark, then `text`. Excel reads a CSV without one in the
 * machine's legacy code page, and "Prévues" would read "PrÃ©vues".
 */
export function textFile(text: string, type = 'text/csv;charset=utf-8'): Blob {
  return new Blob(['\uFEFF', text], { type });
}

/** Saves `text` as `filename` (see textFile). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(textFile(text, type));
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
