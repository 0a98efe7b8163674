// What an end-to-end file against `engagebook serve` needs: the page built once per run (test/global-setup.ts),
// browser mode serving a temporary documents folder, and a Chromium page on it (./browser.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildRenderer, launchChromium, screenshotsDir } from './browser';

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'engagebook.js');
/** Set by the global setup once it has built the page for this run. */
export const BUILT_FLAG = 'ENGAGEBOOK_E2E_RENDERER_BUILT';

export interface E2E {
  readonly dir: string;
  readonly documents: string;
  readonly page: Page;
  readonly browser: Browser;
  readonly url: string;
  readonly screenshots: string;
  close(): Promise<void>;
}

/** Browser mode on a fresh documents folder, and a page on it. */
export async function startE2E(options: { acceptDownloads?: boolean } = {}): Promise<E2E> {
  if (!process.env[BUILT_FLAG]) buildRenderer();
  const dir = mkdtempSync(join(tmpdir(), 'engagebook-e2e-'));
  const documents = join(dir, 'Documents');
  const server: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--dir', documents], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ENGAGEBOOK_HOME: join(dir, 'home') },
  });
  const url = await new Promise<string>((resolve) =>
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0]!)),
  );
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(url);
  const screenshots = screenshotsDir(join(dir, 'screenshots'));
  return {
    dir,
    documents,
    page,
    browser,
    url,
    screenshots,
    async close() {
      await browser.close();
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A session for one E2E file: started before its tests and closed after them (registered as the file's first hooks,
 * so a later `beforeAll` can use it). Its fields are readable once the session has started.
 */
export function e2eSession(options: { acceptDownloads?: boolean } = {}): E2E {
  let current: E2E | undefined;
  beforeAll(async () => {
    current = await startE2E(options);
  }, 120_000);
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as E2E, {
    get(_target, key) {
      if (!current) throw new Error('the E2E session has not started yet: use it inside a hook or a test');
      return current[key as keyof E2E];
    },
  });
}
