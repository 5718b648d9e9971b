// Saving text as a file from an extension page without the downloads permission: a Blob URL on a
// temporary <a download>, clicked and revoked.
export function downloadText(
  fileName: string,
  mimeType: string,
  text: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
