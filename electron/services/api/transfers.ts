/**
 * The files in flight between the page and the host: uploads being written, exports waiting to be downloaded, and
 * import plans waiting for the person to decide. All are kept in memory (uploads on disk, in a private temporary
 * folder, because the readers work on files), bounded in number and bytes, and forgotten after a while: a page that
 * goes away without saying so leaves nothing behind for long.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { CHUNK_BYTES } from '../../../shared/api/methods/transfer';

/** How long an unused upload, download or plan is kept. */
export const TRANSFER_TTL_MS = 30 * 60 * 1000;
/** At most this many of each kind at once; the oldest goes first. */
const MAX_ENTRIES = 16;
/** Bytes of exports kept for download at once. */
const MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024;

interface Upload {
  readonly name: string;
  readonly size: number;
  readonly file: string;
  received: number;
  used: number;
}

interface Download {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly mime: string;
  used: number;
}

/** What a plan holds is the flow's own business; the store only keeps it, with the upload it was read from. */
interface StoredPlan<P> {
  readonly plan: P;
  /** The uploaded file, removed when the plan is forgotten. */
  readonly file: string;
  used: number;
}

/** Keeps the newest `max` entries of a map that are younger than the TTL; `drop` cleans up after one. */
function prune<V extends { used: number }>(map: Map<string, V>, max: number, now: number, drop: (value: V) => void) {
  for (const [id, value] of map) {
    if (now - value.used > TRANSFER_TTL_MS || map.size > max) {
      map.delete(id);
      drop(value);
    }
  }
}

export class Transfers<P> {
  private folderMade: string | null = null;
  private readonly uploads = new Map<string, Upload>();
  private readonly downloads = new Map<string, Download>();
  private readonly plans = new Map<string, StoredPlan<P>>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Made on first use: most sessions never import anything. */
  private get folder(): string {
    this.folderMade ??= mkdtempSync(join(tmpdir(), 'engagebook-transfers-'));
    return this.folderMade;
  }

  beginUpload(name: string, size: number): string {
    this.tidy();
    const id = randomUUID();
    // The file keeps the upload's extension only (it decides the reader); the name the person gave stays in memory.
    const extension = extname(name)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 10);
    const file = join(this.folder, `${id}${extension}`);
    closeSync(openSync(file, 'wx', 0o600));
    this.uploads.set(id, { name, size, file, received: 0, used: this.clock() });
    return id;
  }

  writeUpload(id: string, offset: number, data: Buffer): number {
    const upload = this.uploads.get(id);
    if (!upload) throw new ApiError('invalid-argument', 'that upload is unknown or has expired; choose the file again');
    if (offset !== upload.received)
      throw new ApiError('invalid-argument', `the upload expected bytes from ${upload.received}, not ${offset}`);
    if (data.length > CHUNK_BYTES || upload.received + data.length > upload.size)
      throw new ApiError('invalid-argument', `the upload is larger than the ${upload.size} bytes announced`);
    const fd = openSync(upload.file, 'r+');
    try {
      writeSync(fd, data, 0, data.length, offset);
    } finally {
      closeSync(fd);
    }
    upload.received += data.length;
    upload.used = this.clock();
    return upload.received;
  }

  /** A complete upload, handed over to the plan made from it: the upload id is used up. */
  takeUpload(id: string): { name: string; file: string } {
    const upload = this.uploads.get(id);
    if (!upload) throw new ApiError('invalid-argument', 'that upload is unknown or has expired; choose the file again');
    if (upload.received !== upload.size)
      throw new ApiError('invalid-argument', `the upload is incomplete (${upload.received} of ${upload.size} bytes)`);
    this.uploads.delete(id);
    return { name: upload.name, file: upload.file };
  }

  /** Forgets a file taken from an upload when no plan came of it. */
  removeFile(file: string): void {
    rmSync(file, { force: true });
  }

  addPlan(plan: P, file: string): string {
    this.tidy();
    const id = randomUUID();
    this.plans.set(id, { plan, file, used: this.clock() });
    return id;
  }

  plan(id: string): P {
    const stored = this.plans.get(id);
    if (!stored) throw new ApiError('invalid-argument', 'that import is unknown or has expired; import the file again');
    stored.used = this.clock();
    return stored.plan;
  }

  dropPlan(id: string): void {
    const stored = this.plans.get(id);
    if (!stored) return;
    this.plans.delete(id);
    rmSync(stored.file, { force: true });
  }

  addDownload(bytes: Buffer, fileName: string, mime: string): string {
    this.tidy();
    const id = randomUUID();
    this.downloads.set(id, { bytes, fileName, mime, used: this.clock() });
    let total = 0;
    // Newest first: the export just made is always kept, older ones go when the total is too large.
    for (const [key, download] of [...this.downloads].reverse()) {
      total += download.bytes.length;
      if (total > MAX_DOWNLOAD_BYTES && key !== id) this.downloads.delete(key);
    }
    return id;
  }

  /** One chunk of a download; the download is forgotten once its last chunk has been read. */
  readDownload(id: string, offset: number): { data: string; size: number; next: number | null } {
    const download = this.downloads.get(id);
    if (!download) throw new ApiError('invalid-argument', 'that export is unknown or has expired; export again');
    const size = download.bytes.length;
    if (offset > size) throw new ApiError('invalid-argument', `the export has ${size} bytes, not ${offset}`);
    const end = Math.min(size, offset + CHUNK_BYTES);
    download.used = this.clock();
    if (end === size) this.downloads.delete(id);
    return { data: download.bytes.subarray(offset, end).toString('base64'), size, next: end === size ? null : end };
  }

  private tidy(): void {
    const now = this.clock();
    prune(this.uploads, MAX_ENTRIES, now, (u) => rmSync(u.file, { force: true }));
    prune(this.downloads, MAX_ENTRIES, now, () => undefined);
    prune(this.plans, MAX_ENTRIES, now, (p) => rmSync(p.file, { force: true }));
  }

  close(): void {
    this.uploads.clear();
    this.downloads.clear();
    this.plans.clear();
    if (this.folderMade) rmSync(this.folderMade, { recursive: true, force: true });
  }
}
