// The app's preview of a client sheet in one of the other shapes: its guesses come back as a mapping with the shape's
// orientation, which reads the same when sent back, and a person can switch a sheet to another shape from the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkspace } from '../electron/services/workspace/workspace';
import type { ForeignPreview, ImportPlan } from '../shared/api/methods/transfer';
import { tempDir } from './helpers';

async function planned(csv: string) {
  const dir = tempDir();
  const host = createHost({
    workspace: createWorkspace({ documentsDir: join(dir, 'Documents'), recentFile: join(dir, 'recent.json') }),
  });
  onTestFinished(() => host.close());
  const call = async <T>(method: string, payload: unknown): Promise<T> => {
    const reply = await host.dispatch(method, payload);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result as T;
  };
  const file = join(dir, 'client.csv');
  writeFileSync(file, csv);
  const bytes = readFileSync(file);
  const { uploadId } = await call<{ uploadId: string }>('upload.begin', { name: 'client.csv', size: bytes.length });
  await call('upload.write', { uploadId, offset: 0, data: bytes.toString('base64') });
  const plan = await call<ImportPlan>('import.plan', { uploadId, language: 'en' });
  if (plan.kind !== 'foreign') throw new Error(`planned as ${plan.kind}`);
  return { plan, call };
}

const INVERTED = [
  'Deliverable;R;A;C;I',
  'Brand guide;Designer, Community;Marketing lead;Legal;All',
  'Website copy;Writer;Marketing lead;;Community',
  'Launch event;Community;Marketing lead;Designer;',
].join('\n');

describe('the preview of another shape', () => {
  it('guesses an inverted table, says so, and reads the same when its mapping is sent back', async () => {
    const { plan, call } = await planned(INVERTED);
    const { preview } = plan;
    expect(preview.orientation).toBe('inverted table');
    expect(preview.mapping.orientation).toBe('inverted');
    expect(preview.result.parties).toEqual(['Designer', 'Community', 'Marketing lead', 'Legal', 'Writer']);
    // Positions do not apply to a shape found by its headings: no complaint about them.
    expect(preview.problems).toEqual([]);
    const same = await call<ForeignPreview>('import.preview', { planId: plan.planId, mapping: preview.mapping });
    expect(same.result).toEqual(preview.result);
  });

  it('takes a single-role reading chosen on the page', async () => {
    const { plan, call } = await planned(
      ['Area;Step;Role', 'Plan;Write scope;A/R', ';Agree budget;A', 'Run;Book rooms;R'].join('\n'),
    );
    expect(plan.preview.orientation).toBe('single-role list');
    const chosen = await call<ForeignPreview>('import.preview', {
      planId: plan.planId,
      mapping: { sheet: plan.preview.sheet, orientation: 'single-role' },
    });
    expect(chosen.result.parties).toEqual(['Role']);
    expect(chosen.result.phases.map((p) => p.title)).toEqual(['Plan', 'Run']);
  });
});
