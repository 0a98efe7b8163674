/**
 * Browser mode's event channel: a WebSocket on /api/events that pushes the host's document-change events. A browser
 * cannot set headers on a WebSocket, so the token travels as a subprotocol next to ours; the upgrade is refused unless
 * Host, Origin (always sent by browsers for WebSockets) and token all match, exactly like an API call.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { EVENTS_PATH, EVENTS_PROTOCOL } from '../../../shared/api/events';
import type { Host } from '../api/host';
import { sameSecret } from './secret';
import { requestPath } from './static-files';

interface Checks {
  readonly token: string;
  readonly allowedHosts: ReadonlySet<string>;
  readonly allowedOrigins: ReadonlySet<string>;
}

function admissible(req: IncomingMessage, checks: Checks): boolean {
  // A target that is not a path (`//`, `http://…`) is refused, never thrown on inside the upgrade listener.
  if (requestPath(req.url) !== EVENTS_PATH) return false;
  if (!checks.allowedHosts.has(req.headers.host ?? '')) return false;
  if (!checks.allowedOrigins.has(req.headers.origin ?? '')) return false;
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  return offered.includes(EVENTS_PROTOCOL) && offered.some((p) => sameSecret(p, checks.token));
}

export function attachEvents(server: Server, host: Host, checks: Checks): { close(): void } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    // Answer with our protocol name only: the token is never echoed back.
    handleProtocols: () => EVENTS_PROTOCOL,
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!admissible(req, checks)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const stop = host.subscribe((event) => ws.send(JSON.stringify(event)));
      ws.on('close', stop);
      ws.on('error', stop);
      // The page only listens; anything it sends is ignored rather than parsed.
      ws.on('message', () => undefined);
    });
  });
  return {
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
