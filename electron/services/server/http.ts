/**
 * Browser mode: the API (and the UI page) over HTTP on 127.0.0.1 only. Every API request must carry the per-run token
 * (a random 256-bit value printed in the URL fragment, so it never reaches a server log or a Referer), come with the
 * expected Host (no DNS rebinding) and, when a browser sends one, the expected Origin (no other site's page), and be a
 * JSON POST (a simple cross-site form cannot produce one). Only contract methods are dispatched. Document-change
 * events go out over a WebSocket with the same checks (./events.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ApiErrorBody } from '../../../shared/api/errors';
import type { Host } from '../api/host';
import { attachEvents } from './events';
import { sameSecret } from './secret';
import { findStaticFile, requestPath, safeDecodePath } from './static-files';

/** The largest API call body: an upload or download chunk (768 KB as base64 JSON) fits with room to spare. */
export const MAX_BODY = 2 * 1024 * 1024;
/**
 * Past MAX_BODY the rest of the body is read and dropped, up to this much, before the 413 goes out: a server that
 * closes the connection while the client is still sending makes it see a reset, and the page a network error, instead
 * of the answer. Beyond this the connection is closed anyway.
 */
const DRAIN_LIMIT = 32 * 1024 * 1024;
const TOO_LARGE_MESSAGE = `the request body is larger than the limit of ${MAX_BODY / 1024 / 1024} MB (${MAX_BODY} bytes) for an API call`;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface BrowserMode {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Shown when the UI has not been built (npm run build:renderer). */
const PLACEHOLDER_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Engagebook</title>
<body><h1>Engagebook</h1><p>The API is running on this address, but the UI has not been built:
run <code>npm run build:renderer</code> and reload.</p></body></html>`;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json; charset=utf-8',
  extra: Readonly<Record<string, string>> = {},
): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY' } : {}),
  });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, error: ApiErrorBody, extra: Readonly<Record<string, string>> = {}) =>
  send(res, status, { ok: false, error }, undefined, extra);

/** The body as text, or `too-large` once it passes MAX_BODY (having read and dropped the rest, see DRAIN_LIMIT). */
function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) resolve('too-large');
    });
    req.on('end', () => resolve(size > MAX_BODY ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface BrowserModeOptions {
  readonly port?: number;
  /** The built UI (out/renderer); without it `/` explains how to build it. */
  readonly staticDir?: string;
  /** Development (`engagebook serve --dev`): also serve the UI's source maps (./static-files.ts). */
  readonly dev?: boolean;
}

/** Answers a GET for a page or asset of the built UI: only files inside the folder, only known types. */
function serveStatic(res: ServerResponse, options: BrowserModeOptions, pathname: string): void {
  const found = options.staticDir
    ? findStaticFile(options.staticDir, pathname, { dev: options.dev === true })
    : safeDecodePath(pathname) === null
      ? { kind: 'malformed' as const }
      : { kind: 'not-found' as const };
  if (found.kind === 'malformed')
    return refuse(res, 400, { code: 'invalid-payload', message: 'the path is not valid percent-encoded UTF-8' });
  const type = found.kind === 'file' ? MIME[extname(found.file)] : undefined;
  if (found.kind === 'file' && type)
    return send(res, 200, readFileSync(found.file), type, found.sourceMap ? { SourceMap: found.sourceMap } : {});
  if (pathname === '/') return send(res, 200, PLACEHOLDER_PAGE, 'text/html; charset=utf-8');
  return refuse(res, 404, { code: 'unknown-method', message: 'not found' });
}

export async function startBrowserMode(host: Host, options: BrowserModeOptions = {}): Promise<BrowserMode> {
  const token = randomBytes(32).toString('base64url');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server: Server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? ''))
        return refuse(res, 403, { code: 'unauthorized', message: 'unexpected Host header' });
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) {
        return refuse(res, 403, { code: 'unauthorized', message: 'requests from other origins are refused' });
      }
      const pathname = requestPath(req.url);
      if (pathname === null)
        return refuse(res, 400, { code: 'invalid-payload', message: 'the request target is not a path (it must start with /)' });
      if (req.method === 'GET' && !pathname.startsWith('/api/')) return serveStatic(res, options, pathname);
      const api = /^\/api\/([\w.]+)$/.exec(pathname);
      if (!api) return refuse(res, 404, { code: 'unknown-method', message: 'not found' });
      if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid-payload', message: 'API calls are POST requests' });
      if (!sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
        return refuse(res, 401, { code: 'unauthorized', message: 'missing or wrong token' });
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, { code: 'invalid-payload', message: 'API calls send JSON' });
      }
      const body = await readBody(req);
      // The connection closes after a 413: what else the client had queued on it is not worth reading.
      if (body === 'too-large')
        return refuse(res, 413, { code: 'invalid-payload', message: TOO_LARGE_MESSAGE }, { Connection: 'close' });
      let payload: unknown;
      try {
        payload = body ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, { code: 'invalid-payload', message: 'the body is not JSON' });
      }
      const result = await host.dispatch(api[1], payload);
      if (result.ok) return send(res, 200, result);
      const status = result.error.code === 'unknown-method' ? 404 : result.error.code === 'internal' ? 500 : 400;
      return send(res, status, result);
    } catch {
      if (!res.headersSent) refuse(res, 500, { code: 'internal', message: 'the host failed to answer' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const events = attachEvents(server, host, { token, allowedHosts: allowedHosts(), allowedOrigins: allowedOrigins() });
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => {
      events.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
