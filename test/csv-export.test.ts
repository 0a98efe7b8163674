import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField } from '../electron/services/documents/csv-export';
import { cli, tempDir } from './helpers';
import { readCsv } from './xlsx-helpers';

describe('CSV export', () => {
  it('neutralises formula starts and quotes what needs quoting', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('writes one file per matrix, or the chosen one, with localised headers and a BOM', async () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    await cli('new', '--template', 'managed-services', '--lang', 'nl', '--out', file);
    await cli(
      'set',
      file,
      '--matrix',
      'Upgradetraject',
      '--activity',
      'Livegang in productie',
      '--party',
      'Klant',
      '--roles',
      'C',
      '--note',
      '=cmd|"/C calc"!A0',
    );
    const all = await cli('export', file, '--out', join(dir, 'out.csv'));
    expect(all.code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(['out-1-rollen-en-verantwoordelijkheden.csv', 'out-2-upgradetraject.csv']);
    expect(
      readFileSync(join(dir, 'out-1-rollen-en-verantwoordelijkheden.csv'), 'utf8').startsWith('\uFEFFFase,Activiteit,'),
    ).toBe(true);

    const one = join(dir, 'upgrade.csv');
    expect((await cli('export', file, '--out', one, '--matrix', 'Upgradetraject', '--lang', 'en')).code).toBe(0);
    const rows = readCsv(one);
    expect(rows[0]).toEqual(['Phase', 'Activity', 'Description', 'Klant', 'Ontwikkelpartner', 'Beheerdiensten', 'Notes']);
    expect(rows).toHaveLength(11);
    const launch = rows.find((r) => r[1] === 'Livegang in productie');
    expect(launch?.slice(3, 6)).toEqual(['C', 'O', 'C']);
    expect(launch?.[6]).toMatch(/^Klant: =cmd\|"\/C calc"!A0\nBeheerdiensten: /);
  });
});
