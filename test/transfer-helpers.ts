// The page's two transfer paths, driven through any `dispatch` (the host itself, or a host in another process): an
// export read back in chunks, and a file uploaded in chunks and planned for import.
import { CHUNK_BYTES, type ImportPlan } from '../shared/api/methods/transfer';

type Dispatch = (
  method: string,
  payload: unknown,
) => Promise<{ ok: true; result: unknown } | { ok: false; error: { message: string } }>;

async function call<T>(dispatch: Dispatch, method: string, payload: unknown): Promise<T> {
  const reply = await dispatch(method, payload);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

/** Exports a document as the page does and answers the file's bytes and name. */
export async function exportVia(dispatch: Dispatch, docId: string, format: string): Promise<{ bytes: Buffer; fileName: string }> {
  const made = await call<{ downloadId: string; fileName: string }>(dispatch, 'document.export', { docId, format });
  const parts: Buffer[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const chunk: { data: string; next: number | null } = await call(dispatch, 'download.read', {
      downloadId: made.downloadId,
      offset,
    });
    parts.push(Buffer.from(chunk.data, 'base64'));
    offset = chunk.next;
  }
  return { bytes: Buffer.concat(parts), fileName: made.fileName };
}

/** Uploads bytes as the page does and plans their import (into `docId` when given). */
export async function planVia(dispatch: Dispatch, bytes: Buffer, name: string, docId?: string): Promise<ImportPlan> {
  const { uploadId } = await call<{ uploadId: string }>(dispatch, 'upload.begin', { name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const data = bytes.subarray(offset, offset + CHUNK_BYTES).toString('base64');
    await call(dispatch, 'upload.write', { uploadId, offset, data });
  }
  return call<ImportPlan>(dispatch, 'import.plan', { uploadId, ...(docId ? { docId } : {}) });
}
