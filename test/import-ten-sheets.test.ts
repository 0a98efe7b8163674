// Issue 12: an ordinary workbook of about 500 KB — ten sheets, six hidden, about 1,000 formatted rows each — was refused
// as "too large or too complex" by the fixed 4-second parse deadline. Limits now belong to sizes and cell counts, and
// the deadline grows with the unpacked XML (limits.parseDeadlineMs), so the file imports: its matrix, whole.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseDeadlineMs } from '../electron/services/xlsx/import/limits';
import type { EngagementDocument } from '../shared/domain/document';
import { TEN_SHEETS_MATRIX, TEN_SHEETS_PARTIES, TEN_SHEETS_ROWS, writeTenSheets } from './fixtures/ten-sheets';
import { cli, tempDir } from './helpers';

describe('a workbook of ten formatted sheets, six hidden', () => {
  it('imports, every task of its matrix with its roles', async () => {
    const dir = tempDir();
    const file = await writeTenSheets(join(dir, 'migration plan.xlsx'));
    expect(statSync(file).size).toBeGreaterThan(400 * 1024);
    const out = join(dir, 'migration.engagement');
    const run = await cli('import', file, '--out', out, '--sheet', TEN_SHEETS_MATRIX);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse((await cli('show', out, '--json')).stdout) as EngagementDocument;
    const matrix = doc.matrices[0]!;
    const names = new Map(doc.parties.map((p) => [p.id, p.name]));
    expect(matrix.partyIds.map((id) => names.get(id))).toEqual([...TEN_SHEETS_PARTIES]);
    const activities = matrix.phases.flatMap((p) => p.activities);
    expect(activities).toHaveLength(TEN_SHEETS_ROWS);
    expect(matrix.phases.map((p) => p.title).slice(0, 2)).toEqual(['Wave 1', 'Wave 2']);
    const last = activities[TEN_SHEETS_ROWS - 1]!;
    expect(last.title).toBe(`Migrate workload ${TEN_SHEETS_ROWS} to the landing zone`);
    // Row i holds R, A, C, I shifted by i: the last task (i = 999) starts at I.
    expect(matrix.partyIds.map((id) => last.cells.find((c) => c.partyId === id)?.roles)).toEqual([['I'], ['R'], ['A'], ['C']]);
  });

  it('gets a parse deadline that grows with the unpacked size, from the base one', () => {
    expect(parseDeadlineMs(0)).toBe(IMPORT_LIMITS.parseMs);
    expect(parseDeadlineMs(10 * 1024 * 1024)).toBe(IMPORT_LIMITS.parseMs + 10 * IMPORT_LIMITS.parseMsPerMb);
  });
});
