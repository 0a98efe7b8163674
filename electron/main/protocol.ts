/**
 * app:// serves the built UI from one folder, with a strict Content-Security-Policy and no way out of that folder.
 * The page therefore never runs from file:// and can load nothing remote.
 */
import { app, net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { answerAppRequest } from './app-request';
import { APP_SCHEME } from './channel';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Must run before the app is ready. */
export function registerSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the UI folder; source maps only when the app runs unpackaged (development), as browser mode's --dev. */
export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = answerAppRequest(root, request.url, { dev: !app.isPackaged });
    if (answer.status !== 200) return new Response(answer.body, { status: answer.status });
    const response = await net.fetch(pathToFileURL(answer.file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (answer.sourceMap) headers.set('SourceMap', answer.sourceMap);
    return new Response(response.body, { status: response.status, headers });
  });
}
