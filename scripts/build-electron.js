#!/usr/bin/env node
// Builds the Electron shell into out/: main and preload bundled as CommonJS (a sandboxed preload must be). The UI is
// built by Vite into out/renderer (npm run build:renderer). better-sqlite3 stays external: it is a native module,
// loaded with the Electron-ABI build (.native/electron).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, logLevel: 'warning' };
await build({
  ...common,
  entryPoints: { 'main/index': 'electron/main/main.ts' },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'better-sqlite3'],
});
await build({
  ...common,
  entryPoints: { 'preload/index': 'electron/preload/preload.ts' },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  external: ['electron'],
});
console.log('built out/main/index.cjs, out/preload/index.cjs');
