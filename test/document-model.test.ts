// The UI's copy of a document, kept by applying the records each edit answers with, against the file itself: after
// every one of a few hundred random edits (cells, pastes, structure, undo, redo) through the real API host, the copy's
// content equals a fresh read, and the findings kept current unit by unit equal a full check.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../electron/services/api/host';
import { createWorkbook, readContent, readRecords, withWorkbook } from '../electron/services/store';
import { unpackRecords } from '../shared/api/snapshot';
import type { Content } from '../shared/domain/document';
import type { RecordChange } from '../shared/domain/records';
import { DocumentModel } from '../shared/model/document-model';
import { FindingsIndex, validateContent } from '../shared/rules';
import { tempDir, template } from './helpers';

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

async function call(host: Host, method: string, args: object) {
  const reply = await host.dispatch(method, args);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as { changes: RecordChange[]; seq: number; id?: string };
}

/** One random edit on the first matrix of `content`; returns its answer (or null when it picked nothing to do). */
async function randomEdit(host: Host, docId: string, content: Content, r: ReturnType<typeof random>) {
  const matrix = content.matrices[0]!;
  const matrixId = matrix.id;
  const activities = matrix.phases.flatMap((p) => p.activities);
  const vocabulary = content.vocabularies.find((v) => v.id === matrix.vocabularyId)!;
  const codes = vocabulary.roles.map((role) => role.code);
  const roles = () =>
    r.next() < 0.2
      ? []
      : vocabulary.combinable && r.next() < 0.3
        ? [r.pick(codes), r.pick(codes)].filter((c, i, all) => all.indexOf(c) === i)
        : [r.pick(codes)];
  const kind = r.int(14);
  if (matrix.phases.length === 0) return call(host, 'phase.add', { docId, matrixId, title: `Phase ${r.int(99)}` });
  if (activities.length === 0 || matrix.partyIds.length === 0 || kind === 0)
    return call(host, 'activity.add', {
      docId,
      matrixId,
      phaseId: r.pick(matrix.phases).id,
      title: `New ${r.int(1000)}`,
      position: r.int(5),
    });
  const activity = r.pick(activities);
  const partyId = r.pick(matrix.partyIds);
  switch (kind) {
    case 1:
    case 2:
    case 3:
      return call(host, 'cell.set', { docId, matrixId, activityId: activity.id, partyId, roles: roles() });
    case 4:
      return call(host, 'cell.set', {
        docId,
        matrixId,
        activityId: activity.id,
        partyId,
        note: r.next() < 0.3 ? null : `note ${r.int(99)}`,
      });
    case 5: {
      const cells = Array.from({ length: 1 + r.int(6) }, () => ({
        activityId: r.pick(activities).id,
        partyId: r.pick(matrix.partyIds),
        roles: roles(),
      }));
      return call(host, 'cells.set', { docId, matrixId, reason: 'paste', cells });
    }
    case 6:
      // Same title as a neighbour now and then, so duplicate-title findings come and go.
      return call(host, 'activity.rename', {
        docId,
        matrixId,
        activityId: activity.id,
        title: r.next() < 0.4 ? activities[0]!.title : `Renamed ${r.int(50)}`,
      });
    case 7:
      return call(host, 'activity.move', {
        docId,
        matrixId,
        activityId: activity.id,
        position: r.int(8),
        ...(r.next() < 0.5 && { phaseId: r.pick(matrix.phases).id }),
      });
    case 8:
      return call(host, 'activity.delete', { docId, matrixId, activityId: activity.id });
    case 9:
      return r.next() < 0.5
        ? call(host, 'phase.move', { docId, matrixId, phaseId: r.pick(matrix.phases).id, position: r.int(6) })
        : call(host, 'phase.add', { docId, matrixId, title: `Phase ${r.int(99)}`, position: r.int(6) });
    case 10:
      return matrix.phases.length > 1 && r.next() < 0.3
        ? call(host, 'phase.delete', { docId, matrixId, phaseId: r.pick(matrix.phases).id })
        : call(host, 'phase.rename', { docId, matrixId, phaseId: r.pick(matrix.phases).id, title: `Stage ${r.int(9)}` });
    case 11: {
      const choice = r.int(4);
      if (choice === 0)
        return call(host, 'party.add', { docId, matrixId, name: `Party ${r.int(30)}`, position: r.int(4) }).catch(() => null);
      if (choice === 1) return call(host, 'party.move', { docId, matrixId, partyId, position: r.int(4) });
      if (choice === 2)
        return call(host, 'party.update', { docId, matrixId, partyId, name: `Renamed party ${r.int(30)}` }).catch(() => null);
      return matrix.partyIds.length > 2 ? call(host, 'party.remove', { docId, matrixId, partyId }) : null;
    }
    case 12:
      return call(host, 'history.undo', { docId });
    default:
      return call(host, 'history.redo', { docId });
  }
}

describe('the document model fed by edit answers', () => {
  it.each([
    ['managed-services', 11],
    ['raci', 23],
  ])('matches a fresh read and a full check after every random edit (%s)', async (templateId, seed) => {
    const file = join(tempDir(), 'model.engagement');
    createWorkbook(file, template(templateId));
    const host = createHost({ watchIntervalMs: 0 });
    try {
      const docId = host.open(file);
      const snapshot = (await host.dispatch('document.snapshot', { docId })) as {
        ok: true;
        result: { records: never; seq: number };
      };
      const model = DocumentModel.fromRecords(unpackRecords(snapshot.result.records));
      const findings = new FindingsIndex(model, 'en');
      const r = random(seed);
      let seq = snapshot.result.seq;
      for (let step = 0; step < 150; step++) {
        const answer = await randomEdit(host, docId, model.content(), r);
        if (!answer) continue;
        if (answer.seq !== seq) {
          expect(answer.seq).toBe(seq + 1); // every change that changed something is numbered, in order
          seq = answer.seq;
        }
        findings.update(model.apply(answer.changes));
        const fresh = withWorkbook(file, (w) => readContent(w.db));
        expect(model.content(), `after step ${step}`).toEqual(fresh);
        expect(findings.list(), `findings after step ${step}`).toEqual(validateContent(fresh, 'en'));
      }
    } finally {
      host.close();
    }
  });

  it('gives new objects only along the path of a change, so a renderer can skip the rest', () => {
    const content = template('managed-services');
    const file = join(tempDir(), 'paths.engagement');
    createWorkbook(file, content);
    const records = withWorkbook(file, (w) => readRecords(w.db));
    const model = DocumentModel.fromRecords(records);
    const before = model.content();
    const [first, second] = before.matrices[0]!.phases;
    const activity = first!.activities[0]!;
    const cell = activity.cells[0]!;
    const touched = model.apply([
      {
        table: 'cells',
        key: [activity.id, cell.partyId],
        value: { activityId: activity.id, partyId: cell.partyId, roles: ['C'], note: null },
      },
    ]);
    const after = model.content();
    expect(after).not.toBe(before);
    expect(after.matrices[0]!.phases[0]).not.toBe(first);
    expect(after.matrices[0]!.phases[0]!.activities[0]).not.toBe(activity);
    expect(after.matrices[0]!.phases[0]!.activities[1]).toBe(first!.activities[1]); // an untouched row keeps its object
    expect(after.matrices[0]!.phases[1]).toBe(second);
    expect(after.matrices[1]).toBe(before.matrices[1]);
    expect(after.vocabularies).toBe(before.vocabularies);
    expect([...touched.activities]).toEqual([activity.id]);
    expect(touched.everything).toBe(false);
  });
});
