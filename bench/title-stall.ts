// Issue 13, point 1: one large call must not stall the host. A paste of 20,000 cells that names its activities by
// title (as a script or a pasted sheet does) used to scan the matrix once per cell: 14,461 titles took 8.2 s, and a
// call asked meanwhile waited 7.8 s. The host answers calls one at a time on one thread, so a small call asked at the
// same moment waits for the paste: both figures are held to the same budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHost } from '../electron/services/api/host';
import { createWorkbook } from '../electron/services/store';
import { largeContent } from './fixtures/workbooks';

export const TITLE_PASTE_CELLS = 20_000;
/** The paste's budget: about what 18,393 cells by id took before the fix (0.68 s), with room for a busy machine. */
const BUDGET_MS = 1_500;

export interface StallFigure {
  name: string;
  ms: number;
  targetMs: number;
}

export async function measureTitleStall(): Promise<StallFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'engagebook-bench-stall-'));
  const host = createHost({ watchIntervalMs: 0 });
  try {
    const content = largeContent(TITLE_PASTE_CELLS + 100);
    const matrix = content.matrices[0]!;
    const generated = matrix.phases.flatMap((p) => p.activities).filter((a) => a.title.startsWith('Generated activity '));
    if (generated.length < TITLE_PASTE_CELLS) throw new Error(`the bench workbook has only ${generated.length} generated titles`);
    const file = join(dir, 'titles.engagement');
    createWorkbook(file, content);
    const docId = host.open(file);
    await host.dispatch('document.snapshot', { docId });
    const party = content.parties.find((p) => p.id === matrix.partyIds[0])!;
    const cells = generated.slice(0, TITLE_PASTE_CELLS);
    const paste = (byTitle: boolean, roles: string[]) => ({
      docId,
      matrixId: byTitle ? matrix.title : matrix.id,
      reason: 'paste',
      cells: cells.map((a) => ({ activityId: byTitle ? a.title : a.id, partyId: byTitle ? party.name : party.id, roles })),
    });
    const timedPaste = async (payload: unknown) => {
      const start = performance.now();
      const reply = await host.dispatch('cells.set', payload);
      if (!reply.ok) throw new Error(reply.error.message);
      return performance.now() - start;
    };
    // For comparison: the same paste by id, which never scanned.
    const byIdMs = await timedPaste(paste(false, ['A']));

    const payload = paste(true, ['C']);
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    const asked = performance.now();
    const pasted = timedPaste(payload);
    // Asked at the same moment, as another tab or window would.
    const small = host.dispatch('history.state', { docId }).then((reply) => {
      if (!reply.ok) throw new Error(reply.error.message);
      return performance.now() - asked;
    });
    const [pasteMs, waitMs] = await Promise.all([pasted, small]);
    const count = TITLE_PASTE_CELLS.toLocaleString('en-US');
    return [
      { name: `cells.set, ${count} cells by id (for comparison)`, ms: byIdMs, targetMs: BUDGET_MS },
      { name: `cells.set, ${count} cells by title (${(bytes / 1e6).toFixed(1)} MB)`, ms: pasteMs, targetMs: BUDGET_MS },
      { name: 'a small call asked meanwhile waits', ms: waitMs, targetMs: BUDGET_MS },
    ];
  } finally {
    host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
