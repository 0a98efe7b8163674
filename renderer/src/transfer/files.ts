/**
 * Files between the page and the host, in chunks that suit both bridges (shared/api/methods/transfer.ts): a file the
 * person picked is uploaded for import, and an export the host made is downloaded and handed to the browser's save
 * (the desktop app shows its save dialog for it).
 */
import type { ApiClient } from '../../../shared/api/contract';
import { CHUNK_BYTES } from '../../../shared/api/methods/transfer';

/** Bytes as base64, in slices: one String.fromCharCode call per slice keeps a large chunk off the stack limit. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands a picked file to the host; `progress` hears the bytes sent so far. Answers the upload id. */
export async function uploadFile(
  api: ApiClient,
  file: File,
  progress: (sent: number, size: number) => void = () => undefined,
): Promise<string> {
  const { uploadId } = await api('upload.begin', { name: file.name, size: file.size });
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    await api('upload.write', { uploadId, offset, data: toBase64(chunk) });
    progress(Math.min(file.size, offset + CHUNK_BYTES), file.size);
  }
  return uploadId;
}

/** Reads a finished export from the host and gives it to the browser as a download named `fileName`. */
export async function downloadExport(
  api: ApiClient,
  download: { downloadId: string; fileName: string; mime: string },
): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const chunk: { data: string; next: number | null } = await api('download.read', { downloadId: download.downloadId, offset });
    parts.push(fromBase64(chunk.data));
    offset = chunk.next;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: download.mime }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = download.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download; the object URL may go once the browser has taken it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Asks the person for a file, as the browser's (or the desktop's native) open dialog. Null when they cancel. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
