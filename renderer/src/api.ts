/**
 * The UI's only way to the host: the Electron preload bridge when there is one, else browser mode's HTTP API with the
 * per-run token from the address (read once, then removed from the address bar).
 */
import type { ApiClient, ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';

type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

declare global {
  interface Window {
    engagebook?: { call(method: string, args: unknown): Promise<Reply> };
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

export function createApi(): ApiClient {
  const bridge = window.engagebook;
  const token = bridge ? '' : browserToken();
  return async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
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
}
