#!/usr/bin/env node
// Builds the Electron shell into out/: main and preload bundled as CommonJS (a sandboxed preload must be), the UI page
// copied. better-sqlite3 stays external: it is a native module, loaded with the Electron-ABI build (.native/electron).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

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
mkdirSync('out/renderer', { recursive: true });
cpSync('renderer/index.html', 'out/renderer/index.html');
console.log('built out/main/index.cjs, out/preload/index.cjs, out/renderer/');
