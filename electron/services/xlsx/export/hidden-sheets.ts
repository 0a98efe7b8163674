/** The two very hidden sheets: dropdown lists, and the metadata the import of the returned file relies on. */
import type { Worksheet } from 'exceljs';
import { FORMAT, type Content } from '../../../../shared/domain/document';
import { stableStringify } from '../../../../shared/domain/canonical';
import { gzipSync } from 'node:zlib';
import { BASE_ENCODING, CHUNK_SIZE, LAYOUT_VERSION, META_KEYS, META_MARKER } from '../layout';
import type { ExportContext } from '../../export/context';

/** One column per vocabulary, in the order of `lists`. */
export function writeListsSheet(ws: Worksheet, lists: readonly string[][]): void {
  const height = Math.max(0, ...lists.map((l) => l.length));
  for (let r = 1; r <= height; r++) {
    const row = ws.getRow(r);
    lists.forEach((values, c) => {
      const value = values[r - 1];
      if (value !== undefined) row.getCell(c + 1).value = value;
    });
    row.commit();
  }
}

export interface SheetNames {
  readonly matrices: ReadonlyArray<{ id: string; sheet: string }>;
  readonly scope: string | null;
  readonly signoff: string;
}

export function writeMetaSheet(ws: Worksheet, ctx: ExportContext, names: SheetNames, snapshot: Content): void {
  const rows: Array<Array<string | number>> = [
    [META_MARKER, LAYOUT_VERSION],
    [META_KEYS.format, FORMAT],
    [META_KEYS.workbookId, ctx.content.id],
    ...(ctx.revision.id ? [[META_KEYS.revisionId, ctx.revision.id]] : []),
    [META_KEYS.revisionLabel, ctx.revision.label],
    [META_KEYS.revisionStatus, ctx.revision.status],
    [META_KEYS.fingerprint, ctx.revision.fingerprint],
    [META_KEYS.language, ctx.language],
    [META_KEYS.exportedAt, ctx.exportedAt],
    ...names.matrices.map((m) => [META_KEYS.matrixSheet, m.id, m.sheet]),
    ...(names.scope ? [[META_KEYS.scopeSheet, names.scope]] : []),
    [META_KEYS.signoffSheet, names.signoff],
  ];
  // The exported content itself, so the returned file can be merged three ways even without the .engagement at hand.
  // Compressed: canonical JSON shrinks about tenfold, which keeps both the file and the export's memory small.
  const packed = gzipSync(Buffer.from(stableStringify(snapshot), 'utf8')).toString('base64');
  rows.push([META_KEYS.baseEncoding, BASE_ENCODING]);
  for (let i = 0, chunk = 0; i < packed.length; i += CHUNK_SIZE, chunk++) {
    rows.push([META_KEYS.baseChunk, chunk, packed.slice(i, i + CHUNK_SIZE)]);
  }
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((value, c) => (row.getCell(c + 1).value = value));
    row.commit();
  });
}
