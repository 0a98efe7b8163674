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
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorBody } from '../../../shared/api/errors';
import type { Host } from '../api/host';
import { attachEvents } from './events';
import { sameSecret } from './secret';

const MAX_BODY = 2 * 1024 * 1024;
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

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
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

const refuse = (res: ServerResponse, status: number, error: ApiErrorBody) => send(res, status, { ok: false, error });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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

/** A file of the built UI, or null: only files inside `root`, only known types. */
function staticFile(root: string | undefined, pathname: string): { body: Buffer; type: string } | null {
  if (!root) return null;
  const file = normalize(join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
  const type = MIME[extname(file)];
  if (!type || !file.startsWith(root + sep) || !existsSync(file)) return null;
  return { body: readFileSync(file), type };
}

export async function startBrowserMode(host: Host, options: { port?: number; staticDir?: string } = {}): Promise<BrowserMode> {
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
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (req.method === 'GET' && !url.pathname.startsWith('/api/')) {
        const built = staticFile(options.staticDir, url.pathname);
        if (built) return send(res, 200, built.body, built.type);
        if (url.pathname === '/') return send(res, 200, PLACEHOLDER_PAGE, 'text/html; charset=utf-8');
        return refuse(res, 404, { code: 'unknown-method', message: 'not found' });
      }
      const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
      if (!api) return refuse(res, 404, { code: 'unknown-method', message: 'not found' });
      if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid-payload', message: 'API calls are POST requests' });
      if (!sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
        return refuse(res, 401, { code: 'unauthorized', message: 'missing or wrong token' });
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, { code: 'invalid-payload', message: 'API calls send JSON' });
      }
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, { code: 'invalid-payload', message: 'the body is not JSON, or larger than 2 MB' });
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
