/** Recognises an Engagebook export by its very hidden metadata sheet and reads what it says. */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { fingerprint } from '../../fingerprint';
import { ContentSchema, REVISION_STATUSES, type Content, type RevisionStatus } from '../../../../shared/domain/document';
import { EngagebookError } from '../../../../shared/domain/errors';
import { isLanguage, type Language } from '../../../../shared/domain/languages';
import { Sheet, type SheetGrid, type WorkbookGrid } from '../../../../shared/import/grid';
import { BASE_ENCODING, META_KEYS, META_MARKER, META_SHEET } from '../layout';

export interface ExportMeta {
  readonly layout: number;
  readonly workbookId: string;
  readonly revisionId: string | null;
  readonly revisionLabel: string;
  readonly revisionStatus: RevisionStatus;
  readonly fingerprint: string;
  readonly language: Language;
  readonly exportedAt: string;
  /** The content as exported, when the file carries it. */
  readonly base: Content | null;
}

/** Returns the metadata of an Engagebook export, or null when the workbook is not one. */
export function readExportMeta(grid: WorkbookGrid, file: string): ExportMeta | null {
  // A renamed metadata sheet is still found by its marker in A1, read straight from the grid: indexing every sheet
  // of a client's 20,000-row workbook to read one cell cost a fifth of a second.
  const a1 = (s: SheetGrid) => {
    const [row, cells] = s.rows[0] ?? [];
    const [column, text] = cells?.[0] ?? [];
    return row === 1 && column === 1 ? (text ?? '').trim() : '';
  };
  const metaGrid = grid.sheets.find((s) => s.name === META_SHEET) ?? grid.sheets.find((s) => a1(s) === META_MARKER);
  if (!metaGrid) return null;
  const sheet = new Sheet(metaGrid);
  if (sheet.text(1, 1) !== META_MARKER) return null;
  const values = new Map<string, string>();
  const chunks: Array<[number, string]> = [];
  for (const r of sheet.rowNumbers()) {
    const key = sheet.text(r, 1);
    if (key === META_KEYS.baseChunk) chunks.push([Number(sheet.text(r, 2)), sheet.text(r, 3)]);
    else if (!values.has(key)) values.set(key, sheet.text(r, 2));
  }
  const damaged = (what: string) =>
    new EngagebookError('invalid-document', `is an Engagebook export with damaged metadata (${what})`, file);
  const status = values.get(META_KEYS.revisionStatus) ?? '';
  const language = values.get(META_KEYS.language) ?? '';
  const workbookId = values.get(META_KEYS.workbookId);
  const print = values.get(META_KEYS.fingerprint) ?? '';
  if (!workbookId) throw damaged('no workbook id');
  if (!/^[0-9a-f]{64}$/.test(print)) throw damaged('no fingerprint');
  if (!(REVISION_STATUSES as readonly string[]).includes(status)) throw damaged(`unknown status "${status}"`);
  return {
    layout: Number(sheet.text(1, 2)),
    workbookId,
    revisionId: values.get(META_KEYS.revisionId) || null,
    revisionLabel: values.get(META_KEYS.revisionLabel) ?? '',
    revisionStatus: status as RevisionStatus,
    fingerprint: print,
    language: isLanguage(language) ? language : 'en',
    exportedAt: values.get(META_KEYS.exportedAt) ?? '',
    base: chunks.length > 0 ? decodeBase(chunks, values.get(META_KEYS.baseEncoding), print, damaged) : null,
  };
}

/**
 * Base content: gzip inflated with a size cap (the metadata is as untrusted as the rest), schema- and fingerprint-checked.
 *
 * The export writes the base as its canonical JSON (stableStringify), the very text the fingerprint hashes, so the
 * hash of the unpacked bytes is checked first: it matches for every intact export and costs a few milliseconds, where
 * serialising the parsed content again to hash it cost a quarter of a second on a 20,000-activity export. Only when it
 * does not match is the content fingerprinted as before (a base written by other means), so nothing accepted before
 * is refused now; damage to the text changes its hash, and then the parsed content's fingerprint decides, as before.
 */
function decodeBase(
  chunks: Array<[number, string]>,
  encoding: string | undefined,
  expected: string,
  damaged: (what: string) => EngagebookError,
): Content {
  if (encoding !== BASE_ENCODING) throw damaged(`unknown base encoding "${encoding ?? ''}"`);
  let json: unknown;
  let textHash: string;
  try {
    const packed = Buffer.from(
      chunks
        .sort((a, b) => a[0] - b[0])
        .map(([, text]) => text)
        .join(''),
      'base64',
    );
    const text = gunzipSync(packed, { maxOutputLength: 256 * 1024 * 1024 });
    textHash = createHash('sha256').update(text).digest('hex');
    json = JSON.parse(text.toString('utf8'));
  } catch {
    throw damaged('the exported content cannot be unpacked');
  }
  const parsed = ContentSchema.safeParse(json);
  if (!parsed.success) throw damaged('the exported content is not a valid document');
  if (textHash !== expected && fingerprint(parsed.data) !== expected)
    throw damaged('the exported content does not match its fingerprint');
  return parsed.data;
}
