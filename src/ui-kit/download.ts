// Hands text or bytes to the browser as a download with the given file name, through a
// temporary link: the one way every page saves a file (exports, backups, packs).

/** How long the object URL outlives the click: some browsers read the blob only after click() returns. */
export const REVOKE_AFTER_MS = 60_000;

export function downloadFile(fileName: string, content: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
