import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api/errors';
import { CHUNK_BYTES } from '../shared/api/methods/transfer';
import type { HostEvent } from '../shared/api/events';
import { throttledProgress } from '../electron/services/api/progress';
import { TRANSFER_TTL_MS, Transfers } from '../electron/services/api/transfers';

const refused = (work: () => unknown, message: RegExp) => {
  expect(work).toThrow(ApiError);
  expect(work).toThrow(message);
};

describe('transfers between the page and the host', () => {
  it('takes an upload in order, in chunks, up to the size announced, and hands it over once', () => {
    const transfers = new Transfers<string>();
    const bytes = Buffer.alloc(CHUNK_BYTES + 10, 7);
    const id = transfers.beginUpload('Client returned.xlsx', bytes.length);
    refused(() => transfers.writeUpload(id, 5, bytes.subarray(0, 5)), /expected bytes from 0/);
    expect(transfers.writeUpload(id, 0, bytes.subarray(0, CHUNK_BYTES))).toBe(CHUNK_BYTES);
    refused(() => transfers.takeUpload(id), /incomplete/);
    refused(() => transfers.writeUpload(id, CHUNK_BYTES, Buffer.alloc(11)), /larger than/);
    transfers.writeUpload(id, CHUNK_BYTES, bytes.subarray(CHUNK_BYTES));
    const taken = transfers.takeUpload(id);
    expect(taken.name).toBe('Client returned.xlsx');
    expect(taken.file.endsWith('.xlsx')).toBe(true);
    refused(() => transfers.takeUpload(id), /unknown or has expired/);
    transfers.close();
    expect(existsSync(taken.file)).toBe(false);
  });

  it('reads a download in chunks and forgets it after the last one', () => {
    const transfers = new Transfers<string>();
    const bytes = Buffer.from(Array.from({ length: CHUNK_BYTES * 2 + 3 }, (_, i) => i % 251));
    const id = transfers.addDownload(bytes, 'acme.xlsx', 'application/octet-stream');
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const chunk = transfers.readDownload(id, offset);
      parts.push(Buffer.from(chunk.data, 'base64'));
      offset = chunk.next;
    }
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    refused(() => transfers.readDownload(id, 0), /unknown or has expired/);
  });

  it('forgets plans (and the files they were read from) once they have not been used for a while', () => {
    let now = 0;
    const transfers = new Transfers<string>(() => now);
    const upload = transfers.beginUpload('a.csv', 0);
    const { file } = transfers.takeUpload(upload);
    const plan = transfers.addPlan('the plan', file);
    expect(transfers.plan(plan)).toBe('the plan');
    now += TRANSFER_TTL_MS + 1;
    transfers.beginUpload('b.csv', 0); // any new transfer tidies up
    refused(() => transfers.plan(plan), /unknown or has expired/);
    expect(existsSync(file)).toBe(false);
    transfers.close();
  });

  it('keeps the upload file name out of the path it writes to', () => {
    const transfers = new Transfers<string>();
    const id = transfers.beginUpload('../../etc/passwd.xlsx', 0);
    const { file } = transfers.takeUpload(id);
    expect(file).not.toContain('passwd');
    expect(readdirSync(file.slice(0, file.lastIndexOf('/')))).toHaveLength(1);
    transfers.close();
  });
});

describe('progress events', () => {
  it('tells every new stage and the end of one, and steps in between at most every 100 ms', () => {
    let now = 0;
    const events: HostEvent[] = [];
    const progress = throttledProgress(
      'task',
      (e) => events.push(e),
      () => now,
    );
    progress('reading', 0, 10);
    progress('reading', 1, 10); // too soon
    now += 150;
    progress('reading', 2, 10);
    progress('reading', 10, 10); // the end of a stage is always told
    progress('comparing', 0, null); // so is a new stage
    expect(events.map((e) => (e.type === 'progress' ? `${e.stage} ${e.done}` : e.type))).toEqual([
      'reading 0',
      'reading 2',
      'reading 10',
      'comparing 0',
    ]);
  });
});
