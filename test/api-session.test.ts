import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { createHost } from '../electron/services/api/host';
import { startBrowserMode } from '../electron/services/server/http';
import { createRevision, createWorkbook, readContent, setCell, withWorkbook } from '../electron/services/store';
import { createWorkspace, freeName } from '../electron/services/workspace/workspace';
import { EVENTS_PATH, EVENTS_PROTOCOL, type HostEvent } from '../shared/api/events';
import { unpackRecords } from '../shared/api/snapshot';
import { contentOf } from '../shared/domain/canonical';
import { DocumentModel } from '../shared/model/document-model';
import { FindingsIndex } from '../shared/rules';
import { tempDir, template } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { ok: boolean; result?: any; error?: { code: string; message: string } };

/** Browser mode with a documents folder and recent list in temp dirs, and a fast change watcher. */
async function session() {
  const documentsDir = join(tempDir(), 'Documents');
  const recentFile = join(tempDir(), 'recent.json');
  const host = createHost({ workspace: createWorkspace({ documentsDir, recentFile }), watchIntervalMs: 25 });
  const server = await startBrowserMode(host);
  onTestFinished(async () => {
    await server.close();
    host.close();
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const call = async (method: string, body: unknown): Promise<Reply> =>
    (await (
      await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify(body),
      })
    ).json()) as Reply;
  return { host, server, origin, call, documentsDir, recentFile };
}

/** Opens the event socket; resolves with the socket once open, or with the HTTP status the upgrade was refused with. */
function connect(port: number, protocols: string[], origin: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${EVENTS_PATH}`, protocols, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(-1));
  });
}

const nextEvent = (ws: WebSocket) =>
  new Promise<HostEvent>((resolve) => ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as HostEvent)));

describe('start screen: templates, new workbooks, recent and folder lists', () => {
  it('creates a workbook from a template in the documents folder, opens it and lists it as recent', async () => {
    const { call, documentsDir } = await session();
    const created = await call('document.create', {
      templateId: 'managed-services',
      language: 'sv',
      title: 'Acme: support/2027',
      client: 'Acme AB',
    });
    expect(created).toMatchObject({ ok: true, result: { docId: expect.any(String), name: 'Acme support 2027' } });
    const file = join(documentsDir, 'Acme support 2027.engagement');
    expect(existsSync(file)).toBe(true);
    const doc = (await call('document.get', { docId: created.result.docId })).result;
    expect(doc).toMatchObject({ title: 'Acme: support/2027', client: 'Acme AB', language: 'sv' });

    const second = await call('document.create', { templateId: 'raci', language: 'en', title: 'Acme: support/2027', client: '' });
    expect(second.result.name).toBe('Acme support 2027 (2)');

    const listed = (await call('workspace.list', {})).result;
    expect(listed.folder).toBe(documentsDir);
    expect(listed.recent.map((e: { name: string }) => e.name)).toEqual(['Acme support 2027 (2)', 'Acme support 2027']);
    expect(listed.inFolder.map((e: { name: string }) => e.name).sort()).toEqual(['Acme support 2027', 'Acme support 2027 (2)']);
    // Keys, not paths, go back to the host.
    expect(JSON.stringify(listed.recent.map((e: { key: string }) => e.key))).not.toContain(documentsDir);
    const reopened = await call('document.open', { key: listed.recent[1].key });
    expect(reopened.result.docId).toBe(created.result.docId);
  });

  it('refuses an unknown template, an unknown key, and a native dialog in browser mode, creating nothing', async () => {
    const { call, documentsDir } = await session();
    const bad = await call('document.create', { templateId: 'nope', language: 'en', title: 'X', client: '' });
    expect(bad.error).toEqual({ code: 'invalid-argument', message: expect.stringMatching(/unknown template "nope"/) });
    expect(existsSync(join(documentsDir, 'X.engagement'))).toBe(false);
    expect((await call('document.open', { key: 'made-up' })).error?.message).toMatch(/no longer listed/);
    expect((await call('document.choose', {})).error?.code).toBe('invalid-argument');
    expect((await call('document.create', { templateId: 'raci', language: 'xx', title: 'X', client: '' })).error?.code).toBe(
      'invalid-payload',
    );
  });

  it('a damaged recent list reads as empty and is replaced on the next open', async () => {
    const recentFile = join(tempDir(), 'recent.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(recentFile, '{"recent": 12');
    const workspace = createWorkspace({ documentsDir: tempDir(), recentFile });
    expect(workspace.recent()).toEqual([]);
    // A file that is not there (any more): listed, with no modification time.
    const gone = join(tempDir(), 'a.engagement');
    workspace.remember(gone);
    expect(workspace.recent().map((e) => e.file)).toEqual([gone]);
    expect(workspace.recent()[0]!.modified).toBeNull();
  });

  it('makes file names from titles that are safe on every system', () => {
    const dir = tempDir();
    expect(freeName(dir, 'CON<>:"/\\|?* plan')).toBe(join(dir, 'CON plan.engagement'));
    expect(freeName(dir, '...')).toBe(join(dir, 'Workbook.engagement'));
    expect(freeName(dir, '   ')).toBe(join(dir, 'Workbook.engagement'));
  });
});

describe('document events over the WebSocket', () => {
  it('refuses an upgrade without the token, with a wrong one, or from a foreign origin', async () => {
    const { server, origin } = await session();
    expect(await connect(server.port, [EVENTS_PROTOCOL], origin)).toBe(403);
    expect(await connect(server.port, [EVENTS_PROTOCOL, 'a'.repeat(43)], origin)).toBe(403);
    expect(await connect(server.port, [EVENTS_PROTOCOL, server.token], 'https://evil.example')).toBe(403);
    const ws = await connect(server.port, [EVENTS_PROTOCOL, server.token], origin);
    expect(ws).toBeInstanceOf(WebSocket);
    expect((ws as WebSocket).protocol).toBe(EVENTS_PROTOCOL);
    (ws as WebSocket).close();
  });

  it('refuses a token of the right length in other characters, and keeps serving', async () => {
    const { server, origin, call } = await session();
    const { request } = await import('node:http');
    // 43 Latin-1 characters: as long as the token in characters, twice as long in UTF-8 bytes.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        path: EVENTS_PATH,
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          origin,
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-protocol': `${EVENTS_PROTOCOL}, ${'\u00e9'.repeat(server.token.length)}`,
        },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('upgrade', () => resolve(101));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await call('session.info', {})).ok).toBe(true);
  });

  it('announces edits made through the API and changes another program makes to the file', async () => {
    const { host, server, origin, call } = await session();
    const file = join(tempDir(), 'acme.engagement');
    createWorkbook(file, template('managed-services'));
    const docId = host.open(file);
    const ws = (await connect(server.port, [EVENTS_PROTOCOL, server.token], origin)) as WebSocket;
    onTestFinished(() => ws.close());
    const content = withWorkbook(file, (w) => readContent(w.db));
    const matrix = content.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!;

    const fromApi = nextEvent(ws);
    const partyId = matrix.partyIds[0]!;
    const edited = await call('cell.set', { docId, matrixId: matrix.id, activityId: activity.id, partyId, roles: ['C'] });
    // The event carries what the edit wrote, as the edit's own answer does: other pages apply it without reloading.
    const changes = [
      { table: 'cells', key: [activity.id, partyId], value: { activityId: activity.id, partyId, roles: ['C'], note: null } },
    ];
    expect(edited.result).toMatchObject({ changed: true, seq: 1, changes });
    expect(await fromApi).toEqual({ type: 'changed', docId, seq: 1, external: false, changes, history: edited.result.history });

    const fromCli = nextEvent(ws);
    withWorkbook(file, (w) =>
      setCell(w.db, { matrix: matrix.id, activity: activity.id, party: matrix.partyIds[1]!, roles: ['A'] }),
    );
    expect(await fromCli).toEqual({ type: 'changed', docId, seq: 2, external: true });
  });
});

describe('the snapshot the UI loads a document from', () => {
  it('carries every record, the history and the change number, and lists revisions without their frozen copies', async () => {
    const { host, call } = await session();
    const file = join(tempDir(), 'acme.engagement');
    createWorkbook(file, template('managed-services'));
    withWorkbook(file, (w) => createRevision(w.db, 'Sent to client', 'sent'));
    const docId = host.open(file);
    const snapshot = (await call('document.snapshot', { docId })).result;
    const full = (await call('document.get', { docId })).result;
    const model = DocumentModel.fromRecords(unpackRecords(snapshot.records));
    expect(model.content()).toEqual(contentOf(full));
    expect(snapshot.revisions).toEqual([
      {
        id: full.revisions[0].id,
        label: 'Sent to client',
        status: 'sent',
        fingerprint: full.revisions[0].fingerprint,
        createdAt: full.revisions[0].createdAt,
      },
    ]);
    // The page computes the findings from the records; they are the host's, in the language asked for.
    expect(new FindingsIndex(model, 'sv').list()).toEqual((await call('document.validate', { docId, language: 'sv' })).result);
    expect(snapshot.history).toEqual({ undo: null, redo: null });
    expect(snapshot.seq).toBe(0);
  });
});
