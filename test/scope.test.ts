/**
 * The support scope and sign-off edits, through the host's API as the app calls them: each is one undo step with a
 * readable label, undo restores the file's content, and bad input is refused with the field named and the file unchanged.
 */
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook, readContent, withWorkbook } from '../electron/services/store';
import i18next from 'i18next';
import { DocumentStore } from '../renderer/src/store/document-store';
import { modelChangeMessage } from '../renderer/src/scope/model-message';
import { draftFindings, findingsAt } from '../renderer/src/scope/scope-findings';
import type { ApiClient } from '../shared/api/contract';
import { contentOf } from '../shared/domain/canonical';
import { LOCALES } from '../shared/i18n/messages';
import type { Content } from '../shared/domain/document';
import { sha256File, tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

/** A managed-services workbook open in a host; `call` answers the result or throws the API error's message. */
function opened(templateId = 'managed-services') {
  const file = join(tempDir(), 'acme.engagement');
  createWorkbook(file, template(templateId));
  const host = createHost({ watchIntervalMs: 0 });
  onTestFinished(() => host.close());
  const docId = host.open(file);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (method: string, args: Record<string, unknown>): Promise<any> => {
    const reply = await host.dispatch(method, { docId, ...args });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result;
  };
  const content = (): Content => withWorkbook(file, (w) => readContent(w.db));
  return { file, call, content };
}

/** Runs an edit, checks it made exactly one undo step named `label`, undoes it and checks the content is back. */
async function oneUndoStep(
  wb: ReturnType<typeof opened>,
  method: string,
  args: Record<string, unknown>,
  label: RegExp,
  check: (after: Content) => void,
) {
  const before = contentOf(wb.content());
  const result = await wb.call(method, args);
  expect(result.changed).toBe(true);
  expect(describeStep(result.history.undo)).toMatch(label);
  check(wb.content());
  const undone = await wb.call('history.undo', {});
  expect(describeStep(undone.label)).toMatch(label);
  expect(contentOf(wb.content())).toEqual(before);
  return result;
}

describe('scope edits', () => {
  it('scope.set changes the named fields only, merging coverage, as one undo step', async () => {
    const wb = opened();
    await oneUndoStep(
      wb,
      'scope.set',
      { patch: { capacityHoursPerMonth: 40, coverage: { timeZone: 'Europe/Stockholm' } } },
      /capacity, coverage/,
      (after) => {
        expect(after.scope?.capacityHoursPerMonth).toBe(40);
        expect(after.scope?.coverage).toEqual({ kind: '24x7-all', timeZone: 'Europe/Stockholm', hours: null });
      },
    );
  });

  it('a workbook without a scope gets one, a custom one, from its first scope edit; undo takes it away again', async () => {
    const wb = opened('raci');
    expect(wb.content().scope).toBeNull();
    await oneUndoStep(wb, 'scope.set', { patch: { capacityHoursPerMonth: 60 } }, /capacity/, (after) => {
      expect(after.scope).toMatchObject({ model: 'custom', capacityHoursPerMonth: 60, serviceLevels: [] });
    });
    expect(wb.content().scope).toBeNull();
  });

  it('scope.applyModel fills the model defaults in one step and answers what changed', async () => {
    const wb = opened();
    const result = await oneUndoStep(wb, 'scope.applyModel', { model: 'fixed-capacity' }, /support model/, (after) => {
      expect(after.scope).toMatchObject({ model: 'fixed-capacity', capacityHoursPerMonth: 80, rolesCovered: ['dev', 'qa'] });
      expect(after.scope?.coverage.kind).toBe('business-hours');
    });
    expect(result.applied.map((c: { field: string }) => c.field)).toEqual([
      'model',
      'capacityHoursPerMonth',
      'coverage',
      'sla',
      'rolesCovered',
    ]);
    expect(result.applied[1]).toEqual({ field: 'capacityHoursPerMonth', before: 480, after: 80 });
  });

  it('adds, updates, moves and removes services; each is one undo step', async () => {
    const wb = opened();
    const provider = wb.content().parties[0]!.id;
    const added = await oneUndoStep(
      wb,
      'service.add',
      { list: 'L2', title: 'Log review', position: 0 },
      /Add service Log review/,
      (after) => {
        expect(after.scope?.serviceLevels.find((l) => l.level === 'L2')?.activities[0]?.title).toBe('Log review');
      },
    );
    expect(added.id).toEqual(expect.any(String));
    const id = (await wb.call('service.add', { list: 'L2', title: 'Log review', position: 0 })).id as string;
    await oneUndoStep(
      wb,
      'service.update',
      { serviceId: id, inclusion: 'optional', providerPartyId: provider },
      /Change service/,
      (after) => {
        const service = after.scope?.serviceLevels.find((l) => l.level === 'L2')?.activities[0];
        expect(service).toMatchObject({ inclusion: 'optional', providerPartyId: provider });
      },
    );
    await oneUndoStep(wb, 'service.move', { serviceId: id, position: 99, list: 'management' }, /Move service/, (after) => {
      expect(after.scope?.serviceManagement.at(-1)?.id).toBe(id);
      expect(after.scope?.serviceLevels.flatMap((l) => l.activities).some((s) => s.id === id)).toBe(false);
    });
    await oneUndoStep(wb, 'service.remove', { serviceId: id }, /Remove service Log review/, (after) => {
      expect(JSON.stringify(after.scope)).not.toContain(id);
    });
  });

  it.each([
    ['scope.set', { patch: { capacityHoursPerMonth: -5 } }, /capacityHoursPerMonth/],
    ['scope.set', { patch: { coverage: { kind: '24x5' } } }, /coverage\.kind/],
    [
      'scope.set',
      { patch: { sla: [{ severity: 7, responseMinutes: 1, updateMinutes: 1, restoreMinutes: 1 }] } },
      /sla\.0\.severity/,
    ],
    ['scope.set', { patch: {} }, /at least one scope field/],
    ['scope.applyModel', { model: 'gold' }, /model/],
    ['service.add', { list: 'L4', title: 'X' }, /list/],
    ['service.add', { list: 'L1', title: '   ' }, /title/],
    ['service.add', { list: 'L1', title: 'X', providerPartyId: 'nobody' }, /providerPartyId/],
    ['service.update', { serviceId: 'missing', title: 'X' }, /service/],
    ['signatory.add', { partyId: 'nobody' }, /partyId/],
    ['signatory.add', { partyId: 'PARTY', date: '2026-02-30' }, /date/],
    ['signatory.update', { signatoryId: 'missing', name: 'X' }, /signatory/],
  ])('%s refuses %j naming the field, and the file is unchanged', async (method, args, message) => {
    const wb = opened();
    const party = wb.content().parties[0]!.id;
    const hash = sha256File(wb.file);
    const payload = JSON.parse(JSON.stringify(args).replace('"PARTY"', JSON.stringify(party))) as Record<string, unknown>;
    await expect(wb.call(method, payload)).rejects.toThrow(message);
    expect(sha256File(wb.file)).toBe(hash);
  });
});

describe('sign-off edits', () => {
  it('adds, updates and removes a signatory; each is one undo step', async () => {
    const wb = opened();
    const party = wb.content().parties[1]!;
    const count = wb.content().signatories.length;
    await oneUndoStep(
      wb,
      'signatory.add',
      { partyId: party.id, name: 'Anna Berg', title: 'CIO', date: '2026-12-01' },
      /Add signatory for/,
      (after) => {
        expect(after.signatories).toHaveLength(count + 1);
        expect(after.signatories.at(-1)).toMatchObject({
          partyId: party.id,
          name: 'Anna Berg',
          title: 'CIO',
          date: '2026-12-01',
        });
      },
    );
    const id = (await wb.call('signatory.add', { partyId: party.id, name: 'Anna Berg' })).id as string;
    await oneUndoStep(
      wb,
      'signatory.update',
      { signatoryId: id, title: 'CTO', date: null },
      /Change signatory Anna Berg/,
      (after) => {
        expect(after.signatories.find((s) => s.id === id)).toMatchObject({ name: 'Anna Berg', title: 'CTO', date: null });
      },
    );
    await oneUndoStep(wb, 'signatory.remove', { signatoryId: id }, /Remove signatory Anna Berg/, (after) => {
      expect(after.signatories.some((s) => s.id === id)).toBe(false);
    });
  });
});

describe('the scope in the page', () => {
  it('the document store applies scope edits without a reload, keeps the scope findings current, and undo restores', async () => {
    const file = join(tempDir(), 'page.engagement');
    createWorkbook(file, template('managed-services'));
    const host = createHost({ watchIntervalMs: 0 });
    onTestFinished(() => host.close());
    const docId = host.open(file);
    const calls: string[] = [];
    const api = (async (method: string, args: unknown) => {
      calls.push(method);
      const reply = await host.dispatch(method, args);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result;
    }) as ApiClient;
    const store = new DocumentStore(api, docId, 'en');
    await store.load();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first check runs after the first paint
    const capacityFindings = () => findingsAt(store.getState()!.findings ?? [], 'capacityHoursPerMonth');
    expect(capacityFindings()).toEqual([]);

    await store.edit('scope.set', { docId, patch: { capacityHoursPerMonth: 5_000 } });
    expect(store.getState()!.content.scope?.capacityHoursPerMonth).toBe(5_000);
    expect(capacityFindings().map((f) => f.message)).toEqual([
      '5000 hours a month is outside the usual 160–3200 for "Managed service with fixed maintenance capacity".',
    ]);
    // What the page shows while the field is typed in is what saving gives.
    expect(draftFindings(store.getState()!.content, {}, 'en').map((f) => f.message)).toEqual(
      capacityFindings().map((f) => f.message),
    );

    await store.edit('history.undo', { docId });
    expect(store.getState()!.content.scope?.capacityHoursPerMonth).toBe(480);
    expect(capacityFindings()).toEqual([]);
    expect(calls.filter((c) => c === 'document.snapshot')).toHaveLength(1);
  });

  it('words what choosing a model changed', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', keySeparator: false, nsSeparator: false, resources: { en: { translation: LOCALES.en } } });
    const message = modelChangeMessage(i18n.t, 'en', 'sla-hotfix', [
      { field: 'model', before: 'fixed-capacity', after: 'sla-hotfix' },
      { field: 'capacityHoursPerMonth', before: 80, after: 1200 },
      { field: 'coverage', before: 'business-hours', after: '24x7-sev1' },
    ]);
    expect(message).toBe('"SLA support with hotfix" chosen: capacity set to 1,200 h and coverage set to 24x7 for severity 1.');
    expect(modelChangeMessage(i18n.t, 'en', 'custom', [])).toBe('"Custom support model" chosen: nothing else needed changing.');
  });
});
