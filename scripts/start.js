#!/usr/bin/env node
// `npm start [FILE]`: the desktop app. On first start it fetches Electron's runtime (npm install does not, so that it
// works offline) and builds the SQLite driver for Electron. Where either cannot be had, it says so in one line and
// starts browser mode instead, which serves the same app and API on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const electronDir = join('node_modules', 'electron');
const electronBinary = () => {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
};
const quietly = (script, ...scriptArgs) =>
  spawnSync(process.execPath, [script, ...scriptArgs], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 300_000 }).status === 0;

function browserMode(reason) {
  console.log(`${reason}; starting browser mode instead.`);
  // Always rebuild (a second or two): a UI left over from an older checkout would talk to a newer API.
  if (!quietly(join('node_modules', 'vite', 'bin', 'vite.js'), 'build') && !existsSync(join('out', 'renderer', 'index.html')))
    console.log('The UI could not be built (npm run build:renderer shows why); the API still runs.');
  const child = spawn(process.execPath, [join('bin', 'engagebook.js'), 'serve', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

let binary = electronBinary();
if (!binary && existsSync(join(electronDir, 'install.js')) && quietly(join(electronDir, 'install.js'))) binary = electronBinary();
if (!binary) browserMode("Electron's runtime is not installed and cannot be downloaded here");
else if (
  !existsSync(join('.native', 'electron', 'better_sqlite3.node')) &&
  !quietly(join('scripts', 'rebuild-native-electron.js'))
) {
  browserMode('The SQLite driver could not be built for Electron');
} else if (!quietly(join('node_modules', 'vite', 'bin', 'vite.js'), 'build') || !quietly(join('scripts', 'build-electron.js'))) {
  browserMode('The desktop app could not be built');
} else {
  const child = spawn(binary, [join('out', 'main', 'index.cjs'), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
