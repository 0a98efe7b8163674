/**
 * Files between the page and the host, in chunks that suit both bridges (shared/api/methods/transfer.ts): a file the
 * person picked is uploaded for import, and an export the host made is downloaded and handed to the browser's save
 * (the desktop app shows its save dialog for it).
 */
import type { ApiClient } from '../../../shared/api/contract';
import type { ProgressEvent } from '../../../shared/api/events';
import { CHUNK_BYTES, type ImportPlan } from '../../../shared/api/methods/transfer';
import type { Language } from '../../../shared/domain/languages';
import type { Connection } from '../api';

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

/** What the host can import: spreadsheets, web pages with a table, and Engagebook JSON. */
export const IMPORTABLE = '.xlsx,.ods,.xls,.csv,.tsv,.txt,.html,.htm,.json';

export interface ImportStage {
  readonly file: string;
  readonly stage: 'sending' | ProgressEvent['stage'];
  readonly done: number;
  readonly total: number | null;
}

/**
 * The first step of every import from the page: the person picks a file, it is sent, and the host reads it once and
 * says what it is. `onStage` hears how far it has got (the host's progress events, where the page listens to them).
 * Null when the person cancels the file chooser.
 */
export async function planPickedFile(
  connection: { api: ApiClient; subscribe?: Connection['subscribe'] },
  options: { docId?: string; language?: Language; onStage(stage: ImportStage): void },
): Promise<{ file: string; plan: ImportPlan } | null> {
  const file = await pickFile(IMPORTABLE);
  if (!file) return null;
  const taskId = crypto.randomUUID();
  // Events are checked on arrival before they are handed on, so one may come after the plan: it is too late to show.
  let finished = false;
  const stage = (s: ImportStage['stage'], done: number, total: number | null) => {
    if (!finished) options.onStage({ file: file.name, stage: s, done, total });
  };
  const stop = connection.subscribe?.((event) => {
    if (event.type === 'progress' && event.taskId === taskId) stage(event.stage, event.done, event.total);
  });
  try {
    stage('sending', 0, file.size);
    const uploadId = await uploadFile(connection.api, file, (sent, size) => stage('sending', sent, size));
    stage('reading', 0, null);
    const plan = await connection.api('import.plan', {
      uploadId,
      taskId,
      ...(options.docId ? { docId: options.docId } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    return { file: file.name, plan };
  } finally {
    finished = true;
    stop?.();
  }
}
