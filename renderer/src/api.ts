/**
 * The UI's only way to the host: the Electron preload bridge when there is one, else browser mode's HTTP API with the
 * per-run token from the address (read once, then removed from the address bar). Document-change events come over
 * the bridge's event channel, or browser mode's WebSocket.
 */
import type { ApiClient, ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import type { HostEvent } from '../../shared/api/events';
import { EVENTS_PATH, EVENTS_PROTOCOL } from '../../shared/api/event-channel';

type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

declare global {
  interface Window {
    engagebook?: {
      call(method: string, args: unknown): Promise<Reply>;
      onEvent(listener: (event: unknown) => void): () => void;
      /** The native menu asking for a page action (desktop only). */
      onAction?(listener: (action: string) => void): () => void;
    };
  }
}

export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

function browserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('engagebook-token', fromHash);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem('engagebook-token') ?? '';
}

export interface Connection {
  readonly api: ApiClient;
  /** Calls `listener` for each valid host event; returns the function that stops listening. */
  subscribe(listener: (event: HostEvent) => void): () => void;
}

export function connect(): Connection {
  const bridge = window.engagebook;
  const token = bridge ? '' : browserToken();
  const api: ApiClient = async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
    const reply: Reply = bridge
      ? await bridge.call(method, args)
      : await (
          await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(args),
          })
        ).json();
    if (!reply.ok) throw new ApiCallError(reply.error);
    return reply.result as ResultOf<M>;
  };
  // Events are checked against their schema, which needs zod: loaded on first use, not at start-up (see validEvent).
  const accept = (listener: (event: HostEvent) => void) => {
    let queue = Promise.resolve();
    return (data: unknown) => {
      queue = queue.then(async () => {
        const event = await validEvent(data);
        if (event) listener(event);
      });
    };
  };
  const subscribe = (listener: (event: HostEvent) => void): (() => void) => {
    preloadEventSchema();
    if (bridge) return bridge.onEvent(accept(listener));
    return browserEvents(token, accept(listener));
  };
  return { api, subscribe };
}

/** Browser mode's event socket, reconnecting with a growing pause if the server goes away for a moment. */
function browserEvents(token: string, listener: (data: unknown) => void): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let pause = 500;
  const open = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${EVENTS_PATH}`;
    socket = new WebSocket(url, [EVENTS_PROTOCOL, token]);
    socket.onopen = () => (pause = 500);
    socket.onmessage = (message) => {
      try {
        listener(JSON.parse(String(message.data)));
      } catch {
        // not JSON: not from our host; ignore
      }
    };
    socket.onclose = () => {
      if (stopped) return;
      setTimeout(open, pause);
      pause = Math.min(pause * 2, 10_000);
    };
  };
  open();
  return () => {
    stopped = true;
    socket?.close();
  };
}

/**
 * An event from the host, checked against its schema, or null. The schema module (and zod with it) is imported the
 * first time an event arrives, so it is not part of what the page loads before it can show a workbook; events are
 * handled in the order they came while it loads.
 */
async function validEvent(data: unknown): Promise<HostEvent | null> {
  const { HostEventSchema } = await import('../../shared/api/events');
  const event = HostEventSchema.safeParse(data);
  return event.success ? event.data : null;
}

/** Fetches the event schema while the page is idle after opening, so the first edit's event does not wait for it. */
function preloadEventSchema(): void {
  const load = () => void import('../../shared/api/events');
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 500);
}
