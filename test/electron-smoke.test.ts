// Launches the real desktop app when Electron's runtime and the Electron-ABI SQLite driver are present; on machines
// that cannot download them (like CI here) it is skipped, and says why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
const binary = existsSync(pathFile)
  ? join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;
const ready = binary !== null && existsSync(binary) && existsSync(join(ROOT, '.native', 'electron', 'better_sqlite3.node'));

describe('desktop app', () => {
  it.skipIf(!ready)(
    ready
      ? 'launches Electron, loads the app page over app://, reaches the host process, and quits'
      : 'smoke test skipped: Electron runtime or its SQLite driver is not installed (run npm start once on a connected machine)',
    () => {
      expect(spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-electron.js')], { cwd: ROOT }).status).toBe(0);
      const args = [join(ROOT, 'out', 'main', 'index.cjs'), '--no-sandbox'];
      const run = existsSync('/usr/bin/xvfb-run')
        ? spawnSync('/usr/bin/xvfb-run', ['-a', binary!, ...args], {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, ENGAGEBOOK_SMOKE_TEST: '1' },
            timeout: 60_000,
          })
        : spawnSync(binary!, args, {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, ENGAGEBOOK_SMOKE_TEST: '1' },
            timeout: 60_000,
          });
      expect(run.stdout).toMatch(/smoke: loaded app:\/\/engagebook\/index\.html/);
      // The API host runs in its own utility process; the page's calls reach it.
      expect(run.stdout).toMatch(/smoke: host process answered/);
    },
  );
});
