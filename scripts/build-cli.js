#!/usr/bin/env node
// Builds the command line into out/cli/, which bin/engagebook.js runs: `npm install` builds it (the `prepare` script),
// and the bin rebuilds it whenever the sources changed since (bin/cli-bundle.js). `--if-stale` builds only then.
//
// - out/cli/main.js: electron/cli/main.ts as an ES module, with code splitting, so that each command's
//   `await import(...)` of its services is a chunk of its own and `engagebook --version` loads none of them. npm
//   packages stay imports (`packages: 'external'`), resolved from node_modules like any Node program's.
// - out/cli/parse-worker.cjs: the xlsx parse worker, which runs in a worker thread and so needs a file of its own; the
//   CLI finds it with the same locator swap as the Electron build (parse-worker-bundling.js).
//
// esbuild, not tsc: it already builds the Electron shell, it bundles and splits this in a fraction of a second, and tsc
// would emit one file per module with extensionless imports that Node cannot resolve. Type-checking stays with
// `npm run typecheck`.
//
// The bundle is replaced file by file with renames, main.js last and the stamp after it, so a CLI started meanwhile
// (tests run several at once) sees either the old bundle or the new one, never half a file.
import { build, stop } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleState, cliEntry, cliOutDir, PACKAGE_ROOT, sourcesStamp, STAMP_FILE } from '../bin/cli-bundle.js';
import { bundledWorkerLocator, PARSE_WORKER_BUNDLE, PARSE_WORKER_SOURCE } from './parse-worker-bundling.js';

/** Builds the CLI of the package at `root` into its out/cli/. */
export async function buildCli(root = PACKAGE_ROOT) {
  const outdir = cliOutDir(root);
  const startedAt = Date.now();
  // Taken before esbuild reads anything: a source saved during the build makes the next call rebuild.
  const stamp = sourcesStamp(root);
  const common = {
    absWorkingDir: root,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
    write: false,
  };
  try {
    const [cli, worker] = await Promise.all([
      build({
        ...common,
        entryPoints: { main: 'electron/cli/main.ts' },
        format: 'esm',
        splitting: true,
        // The bundled worker locator looks in __dirname, which an ES module spells import.meta.dirname. Chunks stay in
        // outdir itself (esbuild's default), so whichever chunk holds the locator is beside the worker.
        define: { __dirname: 'import.meta.dirname' },
        plugins: [bundledWorkerLocator],
      }),
      build({
        ...common,
        entryPoints: { [PARSE_WORKER_BUNDLE]: PARSE_WORKER_SOURCE },
        format: 'cjs',
        outExtension: { '.js': '.cjs' },
      }),
    ]);
    publish(outdir, [...worker.outputFiles, ...cli.outputFiles], { last: cliEntry(root), stamp, startedAt });
  } finally {
    // esbuild's service process would otherwise live as long as the command (`engagebook serve` for hours).
    await stop();
  }
}

/** Moves the built files into outdir, `last` after the others and the stamp after that, then drops older chunks. */
function publish(outdir, files, { last, stamp, startedAt }) {
  mkdirSync(outdir, { recursive: true });
  const place = (path, contents) => {
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  };
  for (const file of files) if (file.path !== last) place(file.path, file.contents);
  for (const file of files) if (file.path === last) place(file.path, file.contents);
  if (stamp !== null) place(join(outdir, STAMP_FILE), stamp);
  // Chunks of earlier builds, and temporary files of interrupted ones. Files written since this build started belong
  // to a build running alongside: kept.
  const written = new Set([...files.map((f) => basename(f.path)), STAMP_FILE]);
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!written.has(name) && statSync(path).mtimeMs < startedAt) rmSync(path, { force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean', default: false } } });
  if (!values['if-stale'] || bundleState() !== 'fresh') {
    await buildCli();
    console.log(`built ${join('out', 'cli', 'main.js')} and ${join('out', 'cli', `${PARSE_WORKER_BUNDLE}.cjs`)}`);
  }
}
