// What the end-to-end tests share: the page built for production, Debian's Chromium driven by playwright-core, and
// where screenshots go (a temporary folder, or the README's when `npm run screenshots:app` asks for them).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');

/** Builds the page into `outDir` (default out/renderer, which `engagebook serve` serves). */
export function buildRenderer(outDir?: string): void {
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--logLevel',
      'error',
      ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
    ],
    // vitest sets NODE_ENV=test, which vite would keep: the page would be built with React's development build.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** The folder for screenshots: ENGAGEBOOK_SCREENSHOTS when set, else `fallback` (a test's temporary folder). */
export function screenshotsDir(fallback: string): string {
  const dir = process.env.ENGAGEBOOK_SCREENSHOTS ?? fallback;
  mkdirSync(dir, { recursive: true });
  return dir;
}
