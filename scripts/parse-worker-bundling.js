// What every bundle that can start the xlsx parse worker needs (scripts/build-electron.js, scripts/build-cli.js).
// A worker thread starts from a file of its own, and from source it starts through tsx (parse-worker-entry.js), which
// bundles must not depend on. So each build writes the worker as a bundle of its own, PARSE_WORKER_BUNDLE, into the
// folder of the bundles that start it, and swaps the worker locator for the variant that looks there.
import { join } from 'node:path';

export const PARSE_WORKER_SOURCE = 'electron/services/xlsx/import/parse-worker.ts';
/** The worker bundle's name without extension; CommonJS (.cjs), the format parse-worker-file.bundled.ts expects. */
export const PARSE_WORKER_BUNDLE = 'parse-worker';

/** Resolves the worker locator to its bundle variant (see electron/services/xlsx/import/parse-worker-file*.ts). */
export const bundledWorkerLocator = {
  name: 'bundled-parse-worker-file',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/parse-worker-file(\.ts)?$/ }, (args) => ({
      path: join(args.resolveDir, 'parse-worker-file.bundled.ts'),
    }));
  },
};
