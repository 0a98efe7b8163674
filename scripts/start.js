#!/usr/bin/env node
// `npm start`. The desktop window (Electron) and browser mode are being built (see docs/roadmap.md); until they land,
// start says so plainly and shows what works today: the command line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/engagebook.js', import.meta.url));
console.log('Engagebook: the desktop app is not in this build yet. Everything below works from the command line:');
console.log('  npx engagebook new --template managed-services --lang sv --out acme.engagement\n');
const help = spawnSync(process.execPath, [bin, '--help'], { stdio: 'inherit' });
process.exitCode = help.status ?? 1;
