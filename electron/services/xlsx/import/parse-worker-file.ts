/**
 * Where the parse worker's script is, when running from source (the CLI through tsx, vitest): parse-worker-entry.js
 * beside this module, which registers tsx and then loads parse-worker.ts.
 *
 * Bundles cannot use this: in a CommonJS bundle `import.meta.url` is empty and there is no TypeScript loader. So
 * scripts/build-electron.js swaps this module for parse-worker-file.bundled.ts, and gives the worker a bundle of its own.
 * The two files must export the same function.
 */
export function parseWorkerFile(): string | URL {
  return new URL('./parse-worker-entry.js', import.meta.url);
}
