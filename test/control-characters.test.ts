// Control characters in what a person types: refused through the API with `invalid-text`, naming the field, and
// nothing written; tab and line breaks stay allowed. The CLI's text options go through the same rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CONTRACT } from '../shared/api/contract';
import { assertPlainText, controlCharacterProblem } from '../shared/domain/control-characters';
import { EngagebookError } from '../shared/domain/errors';
import { createHost } from '../electron/services/api/host';
import { readContent, withWorkbook } from '../electron/services/store';
import { createWorkspace } from '../electron/services/workspace/workspace';
import type { ImportPlan } from '../shared/api/methods/transfer';
import type { Content } from '../shared/domain/document';
import { cli, hostedWorkbook, sha256File, tempDir } from './helpers';

describe('the rule', () => {
  it('refuses C0 controls (but tab, line feed, carriage return), DEL and C1 controls, and names the first', () => {
    for (const code of [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      const text = `ab${String.fromCharCode(code)}c`;
      expect(controlCharacterProblem(text), text).toBe(
        `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position 3; only tab and line breaks are allowed`,
      );
    }
    for (const text of ['plain', 'line 1\nline 2', 'a\tb', 'a\r\nb', 'Ä ß ≠ 😀 \u00A0\u200B', ''])
      expect(controlCharacterProblem(text)).toBeNull();
  });

  it('throws a typed error that names the field and the file', () => {
    const error = (() => {
      try {
        assertPlainText('--note', 'x\u0000', 'acme.engagement');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EngagebookError);
    expect(error).toMatchObject({
      code: 'invalid-text',
      message:
        'acme.engagement: --note contains the control character U+0000 at position 2; only tab and line breaks are allowed',
    });
    expect(() => assertPlainText('--note', 'a\nb\tc')).not.toThrow();
  });
});

describe('through the API', () => {
  it('refuses a control character in every text a person types, naming the field; the file and the document stay as they were', async () => {
    const { call, content, file } = hostedWorkbook();
    const matrix = content.matrices[0]!;
    const matrixId = matrix.id;
    const phaseId = matrix.phases[0]!.id;
    const activityId = matrix.phases[0]!.activities[0]!.id;
    const partyId = matrix.partyIds[0]!;
    const serviceId = content.scope!.serviceLevels[0]!.activities[0]!.id;
    const signatory = await call('signatory.add', { partyId, name: 'Ann', title: 'CIO' });
    expect(signatory.ok).toBe(true);
    const signatoryId = (signatory.ok && (signatory.result as { id: string }).id) as string;

    const attempts: Array<[string, object, string]> = [
      ['workbook.update', { title: 'Acme\u0000' }, 'title'],
      ['workbook.update', { client: 'Client\u0007' }, 'client'],
      ['workbook.update', { preparedBy: '\u001B[31mred' }, 'preparedBy'],
      ['matrix.add', { source: { kind: 'empty' }, title: 'M\u0000' }, 'title'],
      ['matrix.rename', { matrixId, title: 'M\u0085' }, 'title'],
      ['phase.add', { matrixId, title: 'P\u0000' }, 'title'],
      ['phase.rename', { matrixId, phaseId, title: 'P\u007F' }, 'title'],
      ['activity.add', { matrixId, phaseId, title: 'A\u0000' }, 'title'],
      ['activity.rename', { matrixId, activityId, title: 'A\u0001' }, 'title'],
      [
        'activities.add',
        {
          matrixId,
          phaseId,
          rows: [
            { title: 'fine', cells: [] },
            { title: 'b\u0000', cells: [] },
          ],
        },
        'rows.1.title',
      ],
      ['activities.add', { matrixId, newPhase: 'N\u0000', rows: [{ title: 'fine', cells: [] }] }, 'newPhase'],
      ['party.add', { matrixId, name: 'P\u0000' }, 'name'],
      ['party.update', { matrixId, partyId, name: 'P\u0000' }, 'name'],
      ['party.update', { matrixId, partyId, group: 'G\u0000' }, 'group'],
      ['cell.set', { matrixId, activityId, partyId, note: 'n\u0000' }, 'note'],
      ['cells.set', { matrixId, reason: 'paste', cells: [{ activityId, partyId, roles: [], note: 'x\u0002' }] }, 'cells.0.note'],
      ['role.add', { matrixId, code: 'V\u0000' }, 'code'],
      ['role.add', { matrixId, code: 'V', labels: { en: 'Verifier\u0000' } }, 'labels.en'],
      ['service.add', { list: 'L1', title: 'S\u0000' }, 'title'],
      ['service.update', { serviceId, title: 'S\u0000' }, 'title'],
      ['signatory.update', { signatoryId, name: 'Ann\u0000' }, 'name'],
      ['signatory.update', { signatoryId, title: 'CIO\u009B' }, 'title'],
      ['scope.set', { patch: { additionalResourcesPolicy: 'x\u0000' } }, 'patch.additionalResourcesPolicy'],
      ['scope.set', { patch: { coverage: { hours: '08–17\u0000' } } }, 'patch.coverage.hours'],
      ['revision.create', { label: 'v1\u0000' }, 'label'],
    ];
    const before = { bytes: sha256File(file), document: await call('document.get', {}) };
    for (const [method, args, field] of attempts) {
      const reply = await call(method, args);
      expect(reply.ok, `${method} ${field}`).toBe(false);
      expect(!reply.ok && reply.error, `${method} ${field}`).toMatchObject({
        code: 'invalid-text',
        message: expect.stringMatching(
          new RegExp(
            `^${method.replace('.', '\\.')}: ${field.replace(/\./g, '\\.')} contains the control character U\\+[0-9A-F]{4} at position \\d+`,
          ),
        ),
      });
    }
    expect(sha256File(file)).toBe(before.bytes);
    expect(await call('document.get', {})).toEqual(before.document);
    expect(
      (await call('revision.list', {})).ok &&
        ((await call('revision.list', {})) as { result: { revisions: unknown[] } }).result.revisions,
    ).toEqual([]);
  });

  it('keeps tab and line breaks in notes and titles', async () => {
    const { call, content } = hostedWorkbook();
    const matrix = content.matrices[0]!;
    const activityId = matrix.phases[0]!.activities[0]!.id;
    const note = 'First line\nsecond\tline\r\nthird';
    const reply = await call('cell.set', { matrixId: matrix.id, activityId, partyId: matrix.partyIds[0]!, note });
    expect(reply).toMatchObject({ ok: true, result: { note } });
    expect(await call('activity.rename', { matrixId: matrix.id, activityId, title: 'Two\nlines' })).toMatchObject({ ok: true });
  });

  it('checks the texts of the methods that create files or revisions too', () => {
    const refused = (method: keyof typeof CONTRACT, args: object) => {
      const parsed = CONTRACT[method].args.safeParse(args);
      expect(parsed.success, method).toBe(false);
      return parsed.error!.issues[0]!;
    };
    expect(refused('document.create', { templateId: 'raci', language: 'en', title: 'T\u0000', client: '' })).toMatchObject({
      path: ['title'],
      params: { engagebook: 'invalid-text' },
    });
    expect(refused('document.create', { templateId: 'raci', language: 'en', title: 'T', client: 'C\u0000' }).path).toEqual([
      'client',
    ]);
    expect(refused('import.create', { planId: 'p', title: 'T\u0000' }).path).toEqual(['title']);
    expect(refused('upload.begin', { name: 'a\u0000.xlsx', size: 1 }).path).toEqual(['name']);
    expect(refused('document.export', { docId: 'd', format: 'xlsx', markSent: { label: 'v\u0000' } }).path.slice(-1)).toEqual([
      'label',
    ]);
  });
});

describe('through the CLI', () => {
  it('refuses a control character in --title, --note and --label, naming the option, and leaves the file as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    const refusedNew = await cli('new', '--template', 'raci', '--title', 'Acme\u0007', '--out', file);
    expect(refusedNew.code).toBe(2);
    expect(refusedNew.stderr).toMatch(/--title contains the control character U\+0007 at position 5/);
    expect(() => readFileSync(file)).toThrow();

    expect((await cli('new', '--template', 'managed-services', '--out', file)).code).toBe(0);
    const before = sha256File(file);
    const shown = (await cli('show', file, '--json')).stdout;
    const note = await cli('set', file, '--matrix', '1', '--activity', '1', '--party', '1', '--roles', 'R', '--note', 'n\u001B');
    expect(note.code).toBe(2);
    expect(note.stderr).toMatch(/--note contains the control character U\+001B/);
    const label = await cli('revision', file, '--label', 'v1\u0000x');
    expect(label.code).toBe(2);
    expect(sha256File(file)).toBe(before);
    expect((await cli('show', file, '--json')).stdout).toBe(shown);
  });
});

describe("a client's file with control characters", () => {
  // B2 holds a BEL, B3 an ESC, and a party name a C1 control: an import neither fails nor changes them, and says where.
  const CSV = 'Phase,Task,Customer,Provi\u0085der\r\nRun,Patch\u0007 servers,R,A\r\nRun,Back\u001Bup,A,R\r\n';
  const kept = ['Patch\u0007 servers', 'Back\u001Bup'];

  it('is planned and created in the app with the cells named, and the text kept as it was', async () => {
    const dir = tempDir();
    const documentsDir = join(dir, 'Documents');
    const host = createHost({ workspace: createWorkspace({ documentsDir, recentFile: join(dir, 'recent.json') }) });
    onTestFinished(() => host.close());
    const call = async <T>(method: string, payload: unknown): Promise<T> => {
      const reply = await host.dispatch(method, payload);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.result as T;
    };
    const bytes = Buffer.from(CSV);
    const { uploadId } = await call<{ uploadId: string }>('upload.begin', { name: 'client.csv', size: bytes.length });
    await call('upload.write', { uploadId, offset: 0, data: bytes.toString('base64') });
    const planned = await call<ImportPlan>('import.plan', { uploadId, language: 'en' });
    if (planned.kind !== 'foreign') throw new Error(`planned as ${planned.kind}`);
    expect(planned.preview.problems).toContain(
      'D1 (U+0085), B2 (U+0007), B3 (U+001B): invisible control characters, kept as they are in the new workbook.',
    );
    expect(planned.preview.cells[1]![1]).toBe(kept[0]);
    await call('import.create', { planId: planned.planId, title: 'Client' });
    const content = withWorkbook(join(documentsDir, 'Client.engagement'), (w) => readContent(w.db));
    expect(content.matrices[0]!.phases[0]!.activities.map((a) => a.title)).toEqual(kept);
    expect(content.parties.map((p) => p.name)).toContain('Provi\u0085der');
  });

  it('is imported by the CLI with a notice naming the cells, and the text kept as it was', async () => {
    const dir = tempDir();
    const source = join(dir, 'client.csv');
    writeFileSync(source, CSV);
    const out = join(dir, 'client.engagement');
    const run = await cli('import', source, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'notice: sheet "client" D1 (U+0085), B2 (U+0007), B3 (U+001B): invisible control characters, kept as they are',
    );
    const shown = JSON.parse((await cli('show', out, '--json')).stdout) as Content;
    expect(shown.matrices[0]!.phases[0]!.activities.map((a) => a.title)).toEqual(kept);
  });
});
