// Pasting in the grid (renderer/src/grid/paste.ts) without a browser: where a paste lands, and what it sends — cells
// by position, or a table whose first column holds titles: one question, then one activities.add call (one undo step).
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { visualRows } from '../renderer/src/grid/model';
import { paste, pasteTarget, type PasteContext, type PasteRequest } from '../renderer/src/grid/paste';
import type { DocumentStore } from '../renderer/src/store/document-store';
import { translator } from '../shared/i18n/messages';
import { template } from './helpers';

type ChoiceRequest = Parameters<PasteRequest['ask']>[0];

const content = template('managed-services');
const matrix = content.matrices[0]!;
const [first] = matrix.phases;
const parties = matrix.partyIds.map((id) => content.parties.find((p) => p.id === id)!);
// O/C/A: one role per cell.
const vocabulary = content.vocabularies.find((v) => v.id === matrix.vocabularyId)!;

describe('where a paste lands', () => {
  const rows = visualRows(matrix, new Set());
  it('reads rows by title on the title column and puts new activities after the active row, or first on a band', () => {
    expect(pasteTarget(rows, { row: 2, column: 0 })).toEqual({ onTitles: true, phaseId: first!.id, position: 2 });
    expect(pasteTarget(rows, { row: 2, column: 1 })).toEqual({ onTitles: false, phaseId: first!.id, position: 2 });
    expect(pasteTarget(rows, { row: 0, column: 0 })).toEqual({ onTitles: true, phaseId: first!.id, position: 0 });
  });

  it('starts a new phase in a matrix without one', () => {
    expect(pasteTarget([], { row: 0, column: 0 })).toEqual({ onTitles: true, phaseId: null });
  });
});

/** The paste command over a fake store: what it sends, what it asks, and what the status bar says. */
function harness(answer: string | null) {
  const sent: Array<{ method: string; args: Record<string, unknown> }> = [];
  const asked: ChoiceRequest[] = [];
  let status = '';
  const store = {
    docId: 'doc',
    edit: async (method: string, args: Record<string, unknown>) => {
      sent.push({ method, args });
      return { ids: ['new-1', 'new-2', 'new-3'] };
    },
  } as unknown as DocumentStore;
  const ctx: PasteContext = {
    store,
    matrixId: matrix.id,
    t: translator('en') as unknown as TFunction,
    run: async (action, done) => {
      const result = await action();
      status = done?.(result) ?? 'saved';
      return result;
    },
    notify: (text) => (status = text),
    setCells: async (edits, message) => {
      sent.push({ method: 'cells.set', args: { cells: edits } });
      status = message;
    },
  };
  const request = (text: string, column = 0): PasteRequest => ({
    view: {
      matrix,
      vocabulary,
      activityIds: matrix.phases.flatMap((p) => p.activities.map((a) => a.id)),
      partyIds: matrix.partyIds,
    },
    range: { top: 0, left: Math.max(column - 1, 0), bottom: 0, right: Math.max(column - 1, 0) },
    data: { text },
    target: { onTitles: column === 0, phaseId: first!.id, position: 1 },
    parties,
    ask: (question) => {
      asked.push(question);
      question.choose(answer);
    },
  });
  return { sent, asked, request, status: () => status, ctx };
}

describe('pasting a table whose first column holds titles', () => {
  const existing = first!.activities[0]!;
  // The existing row in other case; it holds O, C, A, so only its second cell changes.
  const table = `Design review\tO\t\tC\r\n${existing.title.toUpperCase()}\tO\tA\tA\r\nRun book\tAdvisor\tO\t\r\n`;

  it("asks once, then adds every new row and the existing row's cells in one activities.add call", async () => {
    const { ctx, request, sent, asked, status } = harness('add');
    expect(await paste(ctx, request(table))).toEqual({ activityId: 'new-1' });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      question: 'Add 2 new activities from the pasted rows?',
      details: ['New: "Design review", "Run book"', 'The paste also changes 1 cell of existing activities.'],
      choices: [
        { value: 'add', label: 'Add activities' },
        { value: 'update', label: 'Only update existing' },
      ],
    });
    expect(sent).toEqual([
      {
        method: 'activities.add',
        args: {
          docId: 'doc',
          matrixId: matrix.id,
          phaseId: first!.id,
          position: 1,
          rows: [
            {
              title: 'Design review',
              cells: [
                { partyId: parties[0]!.id, roles: ['O'] },
                { partyId: parties[2]!.id, roles: ['C'] },
              ],
            },
            {
              title: 'Run book',
              cells: [
                { partyId: parties[0]!.id, roles: ['A'] },
                { partyId: parties[1]!.id, roles: ['O'] },
              ],
            },
          ],
          cells: [{ activityId: existing.id, partyId: parties[1]!.id, roles: ['A'] }],
        },
      },
    ]);
    expect(status()).toBe('Added 2 activities · Pasted 1 cell');
  });

  it('only updates the existing rows when asked to, and says what was not added', async () => {
    const { ctx, request, sent, status } = harness('update');
    expect(await paste(ctx, request(table))).toBeNull();
    expect(sent.map((s) => s.method)).toEqual(['cells.set']);
    expect(status()).toBe('Pasted 1 cell · 2 rows with new titles were not added');
  });

  it('changes nothing when the question is cancelled', async () => {
    const { ctx, request, sent, status } = harness(null);
    expect(await paste(ctx, request(table))).toBeNull();
    expect(sent).toEqual([]);
    expect(status()).toBe('Paste cancelled');
  });

  it('starts the first phase of an empty matrix, and pastes role cells by position as before', async () => {
    const { ctx, request, sent, asked } = harness('add');
    await paste(ctx, { ...request('Kick-off\tO\r\n'), target: { onTitles: true, phaseId: null } });
    expect(asked[0]!.choices).toEqual([{ value: 'add', label: 'Add activity' }]);
    expect(sent[0]!.args).toMatchObject({ newPhase: 'Activities', rows: [{ title: 'Kick-off' }] });
    expect(sent[0]!.args).not.toHaveProperty('phaseId');
    sent.length = 0;
    expect(await paste(ctx, request('C\tO\r\n', 1))).toEqual({ range: { top: 0, left: 0, bottom: 0, right: 1 } });
    expect(sent.map((s) => s.method)).toEqual(['cells.set']);
    expect(asked).toHaveLength(1);
  });
});
