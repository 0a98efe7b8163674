import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI builds into out/renderer, where both the Electron app:// scheme and browser mode serve it from.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  // shared/import/delimited.ts uses csv-parse's Node entry (fast, but needs Node's Buffer); the page gets its browser
  // build, which brings its own.
  resolve: { alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' } },
  // Source maps are written beside the scripts, for reading a stack trace from a report, but the scripts do not name
  // them ('hidden'): a normal run serves no .map (docs/api.md, "Browser mode"), and a script must not point at a file
  // that answers 404. `engagebook serve --dev` and the unpackaged desktop app serve them, linked by a SourceMap header.
  build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, sourcemap: 'hidden' },
});
