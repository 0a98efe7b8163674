// The API host in a process of its own (electron/services/api/remote): the real entry, host-process.ts, runs in a
// plain Node child as Electron's utilityProcess runs it in the app, and host-client.ts drives it over the same
// protocol main uses. Nothing here waits on a clock: replies and events travel on one ordered channel, so an event
// for an edit has arrived by the time the edit's reply has.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportVia, planVia } from './transfer-helpers';
import { describe, expect, it } from 'vitest';
import { createHostClient, HostCallError, HostUnavailableError } from '../electron/services/api/remote/host-client';
import type { MessagePortLike } from '../electron/services/api/remote/port';
import { shouldRestart } from '../electron/main/restart-policy';
import { createWorkbook, readContent, withWorkbook } from '../electron/services/store';
import { forkHost } from './host-process-fixture';
import { tempDir, template } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('the host process', () => {
  it('creates and edits a workbook through contract calls, and pushes the edit event to the client', async () => {
    const { client, start } = forkHost();
    const events: Json[] = [];
    client.subscribe((event) => events.push(event));

    const created = await client.dispatch('document.create', {
      templateId: 'managed-services',
      language: 'en',
      title: 'Acme support',
      client: 'Acme',
    });
    expect(created).toMatchObject({ ok: true, result: { docId: expect.any(String) } });
    const docId = (created as Json).result.docId as string;
    const file = join(start.documentsDir, 'Acme support.engagement');
    expect(await client.fileOf(docId)).toBe(file);
    expect(await client.open(file), 'an open file keeps its docId').toBe(docId);
    expect(await client.fileOf('nope')).toBeUndefined();

    const doc = ((await client.dispatch('document.get', { docId })) as Json).result;
    const matrix = doc.matrices[0];
    const activity = matrix.phases[0].activities[0];
    const edit = { docId, matrixId: matrix.id, activityId: activity.id, partyId: matrix.partyIds[1], roles: ['o'] };
    expect(await client.dispatch('cell.set', edit)).toMatchObject({ ok: true, result: { changed: true, roles: ['O'] } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'changed', docId, external: false }));
    expect(withWorkbook(file, (w) => readContent(w.db).matrices[0]!.phases[0]!.activities[0]!.cells[1]!.roles)).toEqual(['O']);

    // Contract refusals come back as the host's own DispatchResult, not as a failed call.
    expect(await client.dispatch('cell.set', { ...edit, roles: 'O' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringMatching(/^cell\.set: roles: /) },
    });
    expect(await client.dispatch('file.delete', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('asks main for a file when the page calls document.choose, and opens what main answers', async () => {
    const dir = tempDir();
    const chosen = join(dir, 'chosen.engagement');
    createWorkbook(chosen, template('raci'));
    const answers: Array<string | null> = [chosen, null];
    let asked = 0;
    const { client } = forkHost({
      answers: {
        chooseFile: async () => {
          asked++;
          return answers.shift() ?? null;
        },
      },
    });

    expect(await client.dispatch('session.info', {})).toMatchObject({ ok: true, result: { canChooseFiles: true } });
    const opened = (await client.dispatch('document.choose', {})) as Json;
    expect(opened).toMatchObject({ ok: true, result: { docId: expect.any(String) } });
    expect(await client.fileOf(opened.result.docId)).toBe(chosen);
    expect(await client.dispatch('document.choose', {}), 'cancelled').toEqual({ ok: true, result: null });
    expect(asked).toBe(2);
  });

  it('has no native dialog when main does not answer chooseFile', async () => {
    const { client } = forkHost();
    expect(await client.dispatch('session.info', {})).toMatchObject({ ok: true, result: { canChooseFiles: false } });
  });

  it('refuses a bad message, says why, and keeps serving', async () => {
    const { child, client, protocolErrors } = forkHost();
    child.send({ type: 'call', id: 'one', operation: 'open' });
    child.send('hello');
    await expect(client.call('open', { file: 42 } as never)).rejects.toThrow(/^open: file: Invalid input: expected string/);
    await expect(client.call('unlink' as never, {} as never)).rejects.toMatchObject({
      code: 'invalid-message',
      message: '"unlink" is not an operation of the host process',
    });
    // Replies come in order, so the refusals of the two raw messages are in by now.
    expect(protocolErrors).toEqual([
      'the host process refused a message from main: id: Invalid input: expected number, received string',
      expect.stringMatching(/^the host process refused a message from main: /),
    ]);
    expect(await client.dispatch('templates.list', {})).toMatchObject({ ok: true });
    expect(child.exitCode).toBeNull();
  });

  it('answers a menu task with the service error a person can act on', async () => {
    const { client } = forkHost();
    const missing = join(tempDir(), 'missing.engagement');
    const failure = await client.open(missing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostCallError);
    expect(failure).toMatchObject({ code: 'not-found', message: expect.stringContaining(missing) });
    await expect(client.call('saveCopy', { docId: 'nope', target: join(tempDir(), 'copy.engagement') })).rejects.toMatchObject({
      code: 'unknown-document',
    });
  });

  it('saves a copy, exports and re-imports through the API, and lists the recent workbooks in the host process', async () => {
    const { client, start } = forkHost();
    const target = join(tempDir(), 'new.engagement');
    const docId = await client.call('createFromTemplate', { templateId: 'raci', target });
    expect(await client.fileOf(docId)).toBe(target);
    expect(await client.call('recentFiles', {})).toEqual([target]);
    const copy = join(start.documentsDir, '..', 'copy.engagement');
    await client.call('saveCopy', { docId, target: copy });
    expect(existsSync(copy)).toBe(true);
    // The page's export and import, through the host process: the export goes back in as a returned export of the
    // same workbook, and since nothing changed there is nothing to apply.
    const dispatch = (method: string, payload: unknown) => client.dispatch(method, payload);
    const exported = await exportVia(dispatch, docId, 'xlsx');
    expect(await planVia(dispatch, exported.bytes, exported.fileName, docId)).toMatchObject({ kind: 'returned', changes: [] });
  });

  it('rejects a pending call with a clear message when the process exits, and every later call at once', async () => {
    let asked: () => void = () => {};
    const askedForFile = new Promise<void>((resolve) => (asked = resolve));
    const { child, client, exited } = forkHost({
      answers: {
        // Main never answers: the dispatch stays pending in the host process until the process dies.
        chooseFile: () => (asked(), new Promise<string | null>(() => {})),
      },
    });
    const pending = client.dispatch('document.choose', {});
    await askedForFile;
    child.kill('SIGKILL');
    await expect(pending).rejects.toThrow(
      new HostUnavailableError('the host process exited (SIGKILL); dispatch was not answered'),
    );
    expect(await exited).toBe('SIGKILL');
    await expect(client.open('/anything.engagement')).rejects.toThrow(/^the host process exited \(SIGKILL\); open was not sent$/);
  });

  it('exits with the reason when started with bad options', async () => {
    const { exited, stderr } = forkHost({ start: { language: 'de' as never } });
    expect(await exited).toBe(2);
    expect(stderr()).toMatch(/bad start-up options: language: /);
  });
});

describe('the host client', () => {
  /** A port whose host side is the test: what the client posts is recorded, and `deliver` plays the host. */
  function fakeHost() {
    const posted: Json[] = [];
    let deliver: (message: unknown) => void = () => {};
    const port: MessagePortLike = { postMessage: (m) => posted.push(m), on: (_event, listener) => (deliver = listener) };
    const errors: string[] = [];
    const client = createHostClient(port, { onProtocolError: (m) => errors.push(m) });
    return { posted, client, errors, deliver: (m: unknown) => deliver(m) };
  }

  it('refuses a reply whose value does not match the operation, and messages it cannot read', async () => {
    const { posted, client, errors, deliver } = fakeHost();
    const opening = client.open('/a.engagement');
    expect(posted).toEqual([{ type: 'call', id: 0, operation: 'open', args: { file: '/a.engagement' } }]);
    deliver({ type: 'reply', id: 0, outcome: { ok: true, value: 42 } });
    await expect(opening).rejects.toThrow(
      'the host process answered open with message: Invalid input: expected string, received number',
    );
    deliver({ type: 'event', event: 'changed' });
    deliver({ type: 'reply', id: 7, outcome: { ok: true, value: null } });
    expect(errors).toEqual([
      'refused a message from the host process: event: Invalid input: expected record, received string',
      'the host process replied to no call (7)',
    ]);
  });

  it('answers a question it has no answer for with a failure, so the host is not left waiting', async () => {
    const { posted, deliver } = fakeHost();
    deliver({ type: 'question', id: 3, question: 'chooseFile', args: {} });
    await Promise.resolve();
    expect(posted).toEqual([
      {
        type: 'answer',
        id: 3,
        outcome: { ok: false, error: { code: 'invalid-message', message: 'chooseFile: has no answer here' } },
      },
    ]);
  });
});

describe('restarting the host process', () => {
  it('restarts after a crash, but not when it keeps dying within a minute', () => {
    expect(shouldRestart([], 100_000)).toBe(true);
    expect(shouldRestart([90_000, 95_000], 100_000)).toBe(true);
    expect(shouldRestart([50_000, 90_000, 95_000], 100_000)).toBe(false);
    expect(shouldRestart([30_000, 35_000, 39_000], 100_000), 'old crashes are forgiven').toBe(true);
  });
});
