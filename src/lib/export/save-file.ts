// Hands a file the page made to the browser as a download: nothing is uploaded anywhere.

export function saveFile(name: string, data: Blob | string | Uint8Array, type = 'application/octet-stream'): void {
  // NOTE: our bytes come from fflate, pdf-lib and TextEncoder, never from a SharedArrayBuffer.
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer> | string], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
