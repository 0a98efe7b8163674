#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .native/electron/, leaving node_modules (Node's ABI, used by the CLI and
// the tests) untouched. The app passes this file to better-sqlite3 as `nativeBinding`. Needs Electron's headers, which
// node-gyp downloads: run it on a machine that can reach them (npm start does, once).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const source = join('.native', 'better-sqlite3-src');
const target = join('.native', 'electron', 'better_sqlite3.node');

rmSync(source, { recursive: true, force: true });
cpSync('node_modules/better-sqlite3', source, {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
});
// node-gyp ships with npm; find it next to the npm that runs us, else let npm fetch it.
const npmCli = process.env.npm_execpath ?? '';
const bundled = npmCli && join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const gyp = bundled && existsSync(bundled) ? [process.execPath, [bundled]] : ['npm', ['exec', '--yes', '--', 'node-gyp']];
try {
  execFileSync(
    gyp[0],
    [...gyp[1], 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--nodedir='],
    {
      cwd: source,
      stdio: ['ignore', 'ignore', 'inherit'],
      // A configured nodedir (Node's own headers) would silently build for Node's ABI instead of Electron's.
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir')),
    },
  );
} catch {
  rmSync(source, { recursive: true, force: true });
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion} (are Electron's headers reachable?).`);
  process.exit(1);
}
mkdirSync(join('.native', 'electron'), { recursive: true });
cpSync(join(source, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(source, { recursive: true, force: true });
console.log(`built ${target} for Electron ${electronVersion}${existsSync(target) ? '' : ' (missing!)'}`);
