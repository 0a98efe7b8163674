import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { startBrowserMode } from '../electron/services/server/http';
import { createWorkbook, readContent, withWorkbook } from '../electron/services/store';
import { METHOD_NAMES } from '../shared/api/contract';
import { sha256File, tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

/** A reply as it arrives; each test checks the fields it cares about. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { ok: boolean; result?: any; error?: { code: string; message: string } };

/** A browser-mode server on a fresh workbook; closed after the test. */
async function serving() {
  const file = join(tempDir(), 'acme.engagement');
  createWorkbook(file, template('managed-services'));
  const host = createHost();
  const docId = host.open(file);
  const server = await startBrowserMode(host);
  const { onTestFinished } = await import('vitest');
  onTestFinished(async () => {
    await server.close();
    host.close();
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const call = async (method: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as Reply,
    };
  };
  return { file, docId, server, origin, call };
}

describe('the API contract over browser mode', () => {
  it('answers contract methods with the token, and edits go through the store with history', async () => {
    const { docId, call, file } = await serving();
    const info = await call('session.info', {});
    expect(info).toMatchObject({
      status: 200,
      body: { ok: true, result: { documents: [{ docId, name: 'acme' }], canChooseFiles: false } },
    });
    const doc = (await call('document.get', { docId })).body.result;
    const matrix = doc.matrices[0];
    const activity = matrix.phases[0].activities[0];
    const set = await call('cell.set', {
      docId,
      matrixId: matrix.id,
      activityId: activity.id,
      partyId: matrix.partyIds[1],
      roles: ['o'],
    });
    expect(set.body).toMatchObject({
      ok: true,
      result: { changed: true, roles: ['O'] },
    });
    // The API answers the stored label; the page shows it in its language (shared/i18n/step-labels.ts).
    expect(describeStep(set.body.result.history.undo)).toMatch(/^Set Cloud region/);
    const findings = (await call('document.validate', { docId })).body.result;
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual(['multiple-accountable']);
    expect((await call('history.undo', { docId })).body.result.history).toEqual({ undo: null, redo: expect.any(String) });
    expect(withWorkbook(file, (w) => readContent(w.db).matrices[0]!.phases[0]!.activities[0]!.cells[1]!.roles)).toEqual(['C']);
  });

  it('refuses a request without the token, with a wrong one, or from a foreign origin', async () => {
    const { call, origin } = await serving();
    expect(await call('session.info', {}, { authorization: '' })).toEqual({
      status: 401,
      body: { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } },
    });
    expect((await call('session.info', {}, { authorization: 'Bearer guess' })).status).toBe(401);
    expect(await call('session.info', {}, { origin: 'https://evil.example' })).toEqual({
      status: 403,
      body: { ok: false, error: { code: 'unauthorized', message: 'requests from other origins are refused' } },
    });
    expect((await call('session.info', {}, { origin })).status).toBe(200);
    const form = await fetch(`${origin}/api/session.info`, {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { server } = await serving();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/session.info',
          method: 'POST',
          headers: {
            host: `rebind.example:${server.port}`,
            authorization: `Bearer ${server.token}`,
            'content-type': 'application/json',
          },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('refuses methods outside the contract and payloads that fail their schema, changing nothing', async () => {
    const { call, docId, file } = await serving();
    const before = sha256File(file);
    expect(await call('fs.readFile', { path: '/etc/passwd' })).toEqual({
      status: 404,
      body: { ok: false, error: { code: 'unknown-method', message: '"fs.readFile" is not an API method' } },
    });
    expect((await call('__proto__', {})).status).toBe(404);
    const bad = await call('cell.set', { docId, matrixId: 'm', activityId: 'a', partyId: 'p', roles: 'O' });
    expect(bad).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'invalid-payload', message: expect.stringMatching(/^cell\.set: roles: /) } },
    });
    const extra = await call('cell.set', { docId, matrixId: 'm', activityId: 'a', partyId: 'p', roles: [], file: '/tmp/x' });
    expect(extra.body.error?.code).toBe('invalid-payload');
    const wrongDoc = await call('document.get', { docId: 'nope' });
    expect(wrongDoc.body.error).toEqual({ code: 'unknown-document', message: 'no open document "nope"' });
    const missing = await call('cell.set', { docId, matrixId: 'Nope', activityId: 'a', partyId: 'p', roles: ['O'] });
    expect(missing.body.error?.code).toBe('not-found-in-document');
    expect(sha256File(file)).toBe(before);
  });

  it('adds pasted rows as activities and sets existing cells in one undo step; a bad party changes nothing', async () => {
    const { call, docId, file } = await serving();
    const matrix = (await call('document.get', { docId })).body.result.matrices[0];
    const [phase] = matrix.phases;
    const [customer, partner] = matrix.partyIds;
    const before = sha256File(file);
    const args = {
      docId,
      matrixId: matrix.id,
      phaseId: phase.id,
      rows: [
        { title: 'Design review', cells: [{ partyId: customer, roles: ['O'] }] },
        { title: 'Run book', cells: [{ partyId: 'nobody', roles: ['C'] }] },
      ],
    };
    const refused = await call('activities.add', args);
    expect(refused.body.error?.code).toBe('not-found-in-document');
    const both = await call('activities.add', { ...args, newPhase: 'Pasted' });
    expect(both.body.error).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/phaseId: give either/) });
    expect(sha256File(file)).toBe(before);

    args.rows[1]!.cells[0]!.partyId = partner;
    const cells = [{ activityId: phase.activities[0].id, partyId: partner, roles: ['A'] }];
    const added = await call('activities.add', { ...args, position: 0, cells });
    expect(added.body.result).toMatchObject({
      changed: true,
      ids: [expect.any(String), expect.any(String)],
      history: { redo: null },
    });
    expect(describeStep(added.body.result.history.undo)).toBe('Add 2 activities and set 1 cell');
    // The records it wrote: two activities, their two cells and the existing cell.
    const tables = added.body.result.changes.map((c: { table: string }) => c.table);
    expect(tables.sort()).toEqual(['activities', 'activities', 'cells', 'cells', 'cells']);
    const titles = () =>
      withWorkbook(file, (w) =>
        readContent(w.db)
          .matrices[0]!.phases[0]!.activities.slice(0, 3)
          .map((a) => a.title),
      );
    expect(titles()).toEqual(['Design review', 'Run book', phase.activities[0].title]);
    await call('history.undo', { docId });
    expect(titles()).toEqual(phase.activities.slice(0, 3).map((a: { title: string }) => a.title));
  });

  it('lists every method the host implements, and nothing else', () => {
    // A snapshot of the contract: adding a method is a deliberate change to this list.
    expect(METHOD_NAMES).toEqual([
      'session.info',
      'templates.list',
      'workspace.list',
      'document.create',
      'document.open',
      'document.choose',
      'document.close',
      'document.get',
      'document.validate',
      'document.snapshot',
      'cell.set',
      'cells.set',
      'history.state',
      'history.undo',
      'history.redo',
      'phase.add',
      'phase.rename',
      'phase.move',
      'phase.delete',
      'activity.add',
      'activities.add',
      'activity.rename',
      'activity.move',
      'activity.delete',
      'party.add',
      'party.update',
      'party.move',
      'party.remove',
      'document.export',
      'download.read',
      'upload.begin',
      'upload.write',
      'import.plan',
      'import.check',
      'import.apply',
      'import.preview',
      'import.create',
      'import.discard',
      'scope.set',
      'scope.applyModel',
      'service.add',
      'service.update',
      'service.move',
      'service.remove',
      'signatory.add',
      'signatory.update',
      'signatory.remove',
      'revision.list',
      'revision.create',
      'revision.setStatus',
      'compare.run',
      'workbook.update',
      'templates.matrices',
      'matrix.add',
      'matrix.rename',
      'matrix.move',
      'matrix.delete',
      'role.add',
      'role.update',
      'role.remove',
      'vocabulary.update',
    ]);
  });

  it('`engagebook serve FILE` prints the URL with its token first, and serves the API there', async () => {
    const file = join(tempDir(), 'served.engagement');
    createWorkbook(file, template('raci'));
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'engagebook.js'), 'serve', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ENGAGEBOOK_HOME: tempDir() },
    });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const match = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]{43})$/.exec(firstLine);
      expect(match, firstLine).not.toBeNull();
      const res = await fetch(`http://127.0.0.1:${match![1]}/api/session.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${match![2]}` },
        body: '{}',
      });
      expect(((await res.json()) as { result: { documents: Array<{ name: string }> } }).result.documents[0]!.name).toBe('served');
      const page = await fetch(`http://127.0.0.1:${match![1]}/`);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
