/**
 * Where the parse worker's script is, inside the Electron main-process bundle: scripts/build-electron.js substitutes this
 * module for parse-worker-file.ts and writes the worker's own self-contained bundle, parse-worker.cjs, into the same
 * folder as every main-process bundle (out/main). In CommonJS `__dirname` is that folder; in the packaged app it is
 * inside app.asar, which Electron's worker threads can read.
 *
 * No fallback to the source entry on purpose: it needs tsx, which the app does not ship, so a missing bundle should
 * fail loudly (the import then reports that the file could not be read) rather than half-work.
 */
import { join } from 'node:path';

export function parseWorkerFile(): string | URL {
  return join(__dirname, 'parse-worker.cjs');
}
