/**
 * What the app:// scheme answers for a request URL, as a plain value: the Electron glue (./protocol.ts) turns it into a
 * Response, and tests call this without Electron. The file rules are browser mode's (services/server/static-files.ts).
 */
import { findStaticFile } from '../services/server/static-files';

export type AppAnswer =
  | { readonly status: 200; readonly file: string; readonly sourceMap: string | null }
  | { readonly status: 400 | 404; readonly body: string };

export function answerAppRequest(root: string, url: string, options: { readonly dev: boolean }): AppAnswer {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return { status: 400, body: 'Bad request' };
  }
  const found = findStaticFile(root, pathname, options);
  if (found.kind === 'malformed') return { status: 400, body: 'Bad request: the path is not valid percent-encoded UTF-8' };
  if (found.kind === 'not-found') return { status: 404, body: 'Not found' };
  return { status: 200, file: found.file, sourceMap: found.sourceMap };
}
