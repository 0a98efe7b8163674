import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers';

/** Both ways round read equally well: regions against regions. */
const AMBIGUOUS = ['Who,North,South,West', 'Alpha,R,A,C', 'Beta,A,R,I', 'Gamma,C,I,R', ''].join('\n');

describe('import --out of a sheet the detector is unsure of', () => {
  it('exits 3 without writing, with the best guess and the mapping that fixes it; with --mapping it writes', async () => {
    const dir = tempDir();
    const file = join(dir, 'regions.csv');
    writeFileSync(file, AMBIGUOUS);
    const out = join(dir, 'regions.engagement');
    const run = await cli('import', file, '--out', out);
    expect(run.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain('not sure how to read this sheet');
    expect(run.stderr).toContain('reads nearly as well with activities in columns as with activities in rows');
    expect(run.stdout).toContain('parties (3): North, South, West');
    expect(run.stdout).toContain('activities (3): Alpha; Beta; Gamma');
    const mapping = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    expect(mapping).toMatchObject({ orientation: 'rows', headerRow: 1, labelColumn: 1, partyColumns: [2, 3, 4] });

    const json = await cli('import', file, '--out', out, '--json');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.written).toBe(false);
    expect(report.unsure).toHaveLength(1);
    expect(report.sheets[0].confidences.orientation).toBeLessThan(0.6);
    expect(report.bestGuess.mapping).toEqual(mapping);

    const map = join(dir, 'map.json');
    writeFileSync(
      map,
      JSON.stringify({ ...mapping, orientation: 'columns', headerRow: 1, labelColumn: 1, partyColumns: [2, 3, 4] }),
    );
    const decided = await cli('import', file, '--out', out, '--mapping', map, '--json');
    expect(decided.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(decided.stdout).sheets[0].orientation).toBe('activities in columns');
  });
});
