#!/usr/bin/env node
// Builds the Electron shell into out/ (or --outdir DIR): main and preload bundled as CommonJS (a sandboxed preload must
// be), the API host process and the xlsx parse worker as bundles of their own. The UI is built by Vite into
// out/renderer (npm run build:renderer). better-sqlite3 stays external: it is a native module, and the app hands it
// the Electron-ABI build (.native/electron) as `nativeBinding`.
//
// The host process (electron/services/api/remote/host-process.ts) is what Electron's utilityProcess.fork starts:
// main/host.cjs, next to main/index.cjs, which locates it with __dirname. It holds the store, the imports and the
// Excel export (exceljs); main/index.cjs holds none of them and never loads better-sqlite3.
//
// The parse worker runs in a worker thread, which starts from a file: it cannot live inside another bundle, and from
// source it is started through tsx, which the app does not ship. So it is bundled (exceljs included) into
// main/parse-worker.cjs, and the bundles that start it (the host process, since imports run there) locate it with
// parse-worker-file.bundled.ts instead of the source locator, which relies on import.meta.url (empty in CommonJS).
// The swap is a plugin shared with the CLI's build (parse-worker-bundling.js).
//
// `--entry main/NAME=FILE` (repeatable) adds bundles built exactly like the main process's; test/packaging.test.ts uses it
// to run the import path from a plain-Node bundle.
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { bundledWorkerLocator, PARSE_WORKER_BUNDLE, PARSE_WORKER_SOURCE } from './parse-worker-bundling.js';

const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'out' }, entry: { type: 'string', multiple: true, default: [] } },
});
const extraEntries = Object.fromEntries(
  values.entry.map((spec) => {
    const at = spec.indexOf('=');
    // Only main/NAME: the bundled worker locator looks next to the bundle that starts the worker.
    if (at <= 0 || !spec.startsWith('main/')) throw new Error(`--entry wants main/NAME=FILE, got "${spec}"`);
    return [spec.slice(0, at), spec.slice(at + 1)];
  }),
);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  outdir: values.outdir,
  outExtension: { '.js': '.cjs' },
};
await build({
  ...common,
  // All in main/: the bundled locator finds the worker next to the bundle that starts it, and main finds the host.
  entryPoints: {
    'main/index': 'electron/main/main.ts',
    'main/host': 'electron/services/api/remote/host-process.ts',
    [`main/${PARSE_WORKER_BUNDLE}`]: PARSE_WORKER_SOURCE,
    ...extraEntries,
  },
  external: ['electron', 'better-sqlite3'],
  plugins: [bundledWorkerLocator],
});
await build({
  ...common,
  entryPoints: { 'preload/index': 'electron/preload/preload.ts' },
  external: ['electron'],
});
const built = ['main/index.cjs', 'main/host.cjs', 'main/parse-worker.cjs', 'preload/index.cjs'];
console.log(`built ${built.map((file) => `${values.outdir}/${file}`).join(', ')}`);
