// `engagebook revision … --status` and `engagebook diff`: revisions move forward only, and a diff of two revisions of a
// template with three known edits reports exactly those three.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { cli, tempDir, template } from './helpers';

function workbook() {
  const file = join(tempDir(), 'deal.engagement');
  const content = template('managed-services');
  createWorkbook(file, content);
  return { file, content };
}

describe('engagebook revision FILE REVISION --status', () => {
  it('moves an existing revision forward, dated, and refuses unknown revisions and going back with exit 2', async () => {
    const { file } = workbook();
    expect((await cli('revision', file, '--label', 'v1')).code).toBe(0);
    const sent = await cli('revision', file, 'v1', '--status', 'sent');
    expect(sent).toMatchObject({ code: 0, stdout: expect.stringContaining('Revision "v1" (sent)') });
    expect((await cli('revision', file, 'v1', '--status', 'signed', '--json')).code).toBe(0);

    const back = await cli('revision', file, 'v1', '--status', 'draft');
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/v1" is signed and final; record the changes as a new revision that supersedes it/);
    const unknown = await cli('revision', file, 'v9', '--status', 'sent');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/v9/);
    expect((await cli('revision', file, 'v1')).stderr).toMatch(/--status/);
    expect((await cli('revision', file, 'v1', '--label', 'v2')).code).toBe(2);
    expect((await cli('revision', file, 'v1', '--status', 'approved')).code).toBe(2);

    const superseding = await cli('revision', file, '--label', 'v2', '--supersedes', 'v1');
    expect(superseding.code).toBe(0);
    const doc = withWorkbook(file, readDocument);
    expect(doc.revisions.map((r) => [r.label, r.status])).toEqual([
      ['v1', 'signed'],
      ['v2', 'draft'],
    ]);
  });
});

describe('engagebook diff', () => {
  it('reports exactly the three edits between two revisions, exit 1; the same revision twice is equal, exit 0', async () => {
    const { file, content } = workbook();
    await cli('revision', file, '--label', 'v1');
    const matrix = content.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!;
    const party = content.parties.find((p) => p.id === activity.cells[0]!.partyId)!;
    expect(
      (await cli('set', file, '--matrix', matrix.id, '--activity', activity.id, '--party', party.id, '--roles', 'C')).code,
    ).toBe(0);
    const other = matrix.phases[1]!.activities[0]!;
    expect((await cli('set', file, '--matrix', matrix.id, '--activity', other.id, '--party', party.id, '--roles', '')).code).toBe(
      0,
    );
    const third = matrix.phases[1]!.activities[1]!;
    const note = ['--note', 'weekly'];
    expect(
      (await cli('set', file, '--matrix', matrix.id, '--activity', third.id, '--party', party.id, '--roles', 'C', ...note)).code,
    ).toBe(0);
    await cli('revision', file, '--label', 'v2');

    const text = await cli('diff', `${file}@v1`, `${file}@v2`);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/3 differences: 3 cell/);
    const json = await cli('diff', `${file}@v1`, `${file}@v2`, '--json');
    const diff = JSON.parse(json.stdout) as { counts: object; entries: Array<{ activityId: string; after: string }> };
    expect(diff.counts).toEqual({ cell: 3 });
    expect(diff.entries.map((e) => [e.activityId, e.after])).toEqual([
      [activity.id, 'C'],
      [other.id, ''],
      [third.id, 'C “weekly”'],
    ]);

    expect((await cli('diff', `${file}@v2`, file)).code).toBe(0);
    expect((await cli('diff', `${file}@v1`, `${file}@v1`)).stdout).toMatch(/are the same/);
  });

  it('exit 2 on a missing file, an unknown revision, or a file that is not a workbook', async () => {
    const { file } = workbook();
    expect((await cli('diff', file, join(tempDir(), 'none.engagement'))).code).toBe(2);
    const unknown = await cli('diff', `${file}@v7`, file);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/v7/);
    expect((await cli('diff', file, join(tempDir(), 'notes.txt'))).code).toBe(2);
  });
});
