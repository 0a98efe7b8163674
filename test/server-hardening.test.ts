/**
 * Issue 13, points 2, 3 and 6, over real sockets: malformed percent-encoding answers 400 on both transports (browser
 * mode's HTTP server and the app:// scheme's request logic), a body over the limit answers 413 naming the limit instead
 * of a reset, an event-socket frame over its limit closes with 1009, and source maps are served only in development.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { answerAppRequest } from '../electron/main/app-request';
import { createHost } from '../electron/services/api/host';
import { startBrowserMode } from '../electron/services/server/http';
import { EVENTS_PATH, EVENTS_PROTOCOL } from '../shared/api/events';
import { CHUNK_BYTES } from '../shared/api/methods/transfer';
import { tempDir } from './helpers';

/** A UI folder with a page, a script and its map. */
function uiFolder(): string {
  const root = join(tempDir(), 'ui');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);\n');
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["secret-source.ts"]}');
  return root;
}

async function serving(options: { staticDir?: string; dev?: boolean } = {}) {
  const host = createHost({ watchIntervalMs: 0 });
  const server = await startBrowserMode(host, options);
  onTestFinished(async () => {
    await server.close();
    host.close();
  });
  return server;
}

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the target sent exactly as given (fetch would normalise it), and the body written in chunks. */
function raw(
  port: number,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: target,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    const body = options.body;
    if (body) for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
    req.end();
  });
}

/** Browser mode's body limit, as docs/api.md states it. */
const MAX_BODY = 2 * 1024 * 1024;

const MALFORMED = ['/%', '/%E0%A4%A', '/%zz', '/assets/%C3', '/%00', '/index.html%00.js'];

describe('malformed request paths answer 400', () => {
  it.each(MALFORMED)('browser mode: GET %s is 400 with a JSON error, and the server keeps answering', async (target) => {
    const server = await serving({ staticDir: uiFolder() });
    const reply = await raw(server.port, target);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: /percent-encoded/ } });
    expect((await raw(server.port, '/')).status).toBe(200);
  });

  it('browser mode without a built UI answers 400 too, and a target that is not a path is 400', async () => {
    const server = await serving();
    expect((await raw(server.port, '/%')).status).toBe(400);
    // `//` used to reach `new URL('//', base)`, which throws: now it is the path `//`, and not a file.
    expect((await raw(server.port, '//')).status).toBe(404);
    expect((await raw(server.port, 'http://evil.example/')).status).toBe(400);
  });

  it('a request target starting with // is read as a path, not as a host', async () => {
    const server = await serving({ staticDir: uiFolder() });
    expect((await raw(server.port, '//assets/index-abc.js')).status).toBe(200);
    expect((await raw(server.port, '//evil.example/')).status).toBe(404);
  });

  it('an event-socket upgrade to a target that is not a path is refused without taking the server down', async () => {
    const server = await serving({ staticDir: uiFolder() });
    const upgrade = await raw(server.port, '//', {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    expect(upgrade.status).toBe(403);
    expect((await raw(server.port, '/')).status).toBe(200);
  });

  it.each(MALFORMED)('app://: %s is 400', (path) => {
    expect(answerAppRequest(uiFolder(), `app://engagebook${path}`, { dev: false })).toMatchObject({ status: 400 });
  });

  it('app:// serves the folder, and nothing outside it', () => {
    const root = uiFolder();
    expect(answerAppRequest(root, 'app://engagebook/', { dev: false })).toEqual({
      status: 200,
      file: join(root, 'index.html'),
      sourceMap: null,
    });
    expect(answerAppRequest(root, 'app://engagebook/%2e%2e/%2e%2e/etc/passwd', { dev: false })).toMatchObject({ status: 404 });
    expect(answerAppRequest(root, 'app://engagebook/assets', { dev: false })).toMatchObject({ status: 404 });
  });
});

describe('a body over the limit answers 413 naming the limit', () => {
  const apiCall = (token: string, body: Buffer) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': String(body.length) },
    body,
  });

  it.each([MAX_BODY + 1, 8 * MAX_BODY])('a %i-byte body: 413 with a JSON error, and the connection closes', async (size) => {
    const server = await serving();
    // Valid JSON all the way, so only the size can be refused.
    const body = Buffer.alloc(size, ' ');
    body.write('{}', 0);
    const reply = await raw(server.port, '/api/session.info', apiCall(server.token, body));
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    const error = (JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } }).error;
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain('2 MB');
    expect(error.message).toContain(String(MAX_BODY));
  });

  it('the largest upload chunk the contract allows fits under the limit', async () => {
    const server = await serving();
    const call = async (method: string, args: unknown) => {
      const body = Buffer.from(JSON.stringify(args));
      const reply = await raw(server.port, `/api/${method}`, apiCall(server.token, body));
      return {
        status: reply.status,
        body: JSON.parse(reply.body) as { ok: boolean; result: Record<string, unknown> },
        size: body.length,
      };
    };
    const begun = await call('upload.begin', { name: 'big.xlsx', size: CHUNK_BYTES });
    const written = await call('upload.write', {
      uploadId: begun.body.result.uploadId,
      offset: 0,
      data: Buffer.alloc(CHUNK_BYTES, 7).toString('base64'),
    });
    expect(written.size).toBeLessThan(MAX_BODY);
    expect(written).toMatchObject({ status: 200, body: { ok: true, result: { received: CHUNK_BYTES } } });
  });

  it('a body at the limit is read', async () => {
    const server = await serving();
    const body = Buffer.alloc(MAX_BODY, ' ');
    body.write('{}', 0);
    const reply = await raw(server.port, '/api/session.info', apiCall(server.token, body));
    expect(reply.status).toBe(200);
  });
});

describe('the event socket', () => {
  it('closes with 1009 (message too big) on a frame over its limit, and takes the next connection', async () => {
    const server = await serving();
    const origin = `http://127.0.0.1:${server.port}`;
    const open = () =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}${EVENTS_PATH}`, [EVENTS_PROTOCOL, server.token], { origin });
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
      });
    const ws = await open();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat(4096));
    expect(await closed).toBe(1009);
    const again = await open();
    expect(again.protocol).toBe(EVENTS_PROTOCOL);
    again.close();
  });
});

describe('source maps only in development', () => {
  it('a normal run answers 404 for a .map and names no map; --dev serves it and links it with a SourceMap header', async () => {
    const root = uiFolder();
    const normal = await serving({ staticDir: root });
    expect((await raw(normal.port, '/assets/index-abc.js.map')).status).toBe(404);
    const script = await raw(normal.port, '/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.sourcemap).toBeUndefined();

    const dev = await serving({ staticDir: root, dev: true });
    const map = await raw(dev.port, '/assets/index-abc.js.map');
    expect(map.status).toBe(200);
    expect(map.body).toContain('secret-source.ts');
    expect((await raw(dev.port, '/assets/index-abc.js')).headers.sourcemap).toBe('index-abc.js.map');
  });

  it('app:// likewise: a map only when the app runs unpackaged', () => {
    const root = uiFolder();
    expect(answerAppRequest(root, 'app://engagebook/assets/index-abc.js.map', { dev: false })).toMatchObject({ status: 404 });
    expect(answerAppRequest(root, 'app://engagebook/assets/index-abc.js', { dev: false })).toMatchObject({ sourceMap: null });
    expect(answerAppRequest(root, 'app://engagebook/assets/index-abc.js.map', { dev: true })).toMatchObject({ status: 200 });
    expect(answerAppRequest(root, 'app://engagebook/assets/index-abc.js', { dev: true })).toMatchObject({
      sourceMap: 'index-abc.js.map',
    });
  });
});

describe('the production build', () => {
  it('writes the maps beside the scripts but no script names one (nothing points at a file that answers 404)', () => {
    const out = join(tempDir(), 'renderer');
    const root = join(import.meta.dirname, '..');
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    expect(build.status, build.stderr).toBe(0);
    const assets = readdirSync(join(out, 'assets'));
    const scripts = assets.filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(assets.filter((name) => name.endsWith('.js.map')).length).toBeGreaterThan(0);
    const naming = scripts.filter((name) => readFileSync(join(out, 'assets', name), 'utf8').includes('sourceMappingURL'));
    expect(naming).toEqual([]);
  }, 180_000);
});
