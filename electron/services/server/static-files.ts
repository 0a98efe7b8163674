/**
 * Finding a file of the built UI for a request path, shared by browser mode's HTTP server (./http.ts) and the desktop
 * app's app:// scheme (electron/main/app-request.ts), so both answer the same for the same path: only files inside the
 * UI folder; a path that is not valid percent-encoding is the client's mistake (400), never a thrown URIError (500);
 * source maps only in development.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, sep } from 'node:path';

/**
 * The path of a request target, still percent-encoded, or null when the target is not one. Only origin-form targets
 * (`/…`) are paths, and they are read as one even when they start with `//`, which a URL parser takes for a host name
 * (and `new URL('//', base)` throws).
 */
export function requestPath(target: string | undefined): string | null {
  const raw = target ?? '/';
  if (!raw.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${raw}`).pathname;
  } catch {
    return null;
  }
}

/**
 * A request path percent-decoded, or null when it cannot be: a lone `%`, `%` without two hex digits, bytes that are not
 * UTF-8 (`%E0%A4%A`, a cut sequence), or a decoded NUL, which no file name holds and Node's file calls refuse.
 */
export function safeDecodePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

export type StaticLookup =
  /** `sourceMap`: the map's name beside the file, for a `SourceMap` header (development only, when the map exists). */
  | { readonly kind: 'file'; readonly file: string; readonly sourceMap: string | null }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'not-found' };

export interface StaticOptions {
  /**
   * Development: serve the renderer's source maps and point the scripts at them. Off in a normal run, where a map would
   * hand out the UI's whole source to anyone who can load a page (the build writes no `sourceMappingURL` either).
   */
  readonly dev?: boolean;
}

/** The file of the UI folder `root` that `pathname` (as it came, percent-encoded) names, or why there is none. */
export function findStaticFile(root: string, pathname: string, options: StaticOptions = {}): StaticLookup {
  const decoded = safeDecodePath(pathname);
  if (decoded === null) return { kind: 'malformed' };
  const file = normalize(join(root, decoded === '/' ? '/index.html' : decoded));
  if (!file.startsWith(root + sep)) return { kind: 'not-found' };
  if (extname(file) === '.map' && !options.dev) return { kind: 'not-found' };
  if (!existsSync(file) || !statSync(file).isFile()) return { kind: 'not-found' };
  const map = `${file}.map`;
  const sourceMap = options.dev && extname(file) === '.js' && existsSync(map) ? basename(map) : null;
  return { kind: 'file', file, sourceMap };
}
