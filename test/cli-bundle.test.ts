// bin/engagebook.js runs the esbuild bundle out/cli (scripts/build-cli.js), not the TypeScript sources through tsx:
// `--version` and `--help` load no service, each command loads what it needs, the bundled xlsx parse worker does the
// imports, and a bundle older than the sources is rebuilt before it runs. What is loaded is observed, not timed: every
// spawned CLI runs with a module resolve hook that logs each specifier and the URL it resolved to.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'engagebook.js');

/** An `--import` module that registers a resolve hook appending "specifier<TAB>url" lines to `log`. */
function resolveLogger(log: string): string {
  const hook =
    "import { appendFileSync } from 'node:fs';\n" +
    'export async function resolve(specifier, context, next) {\n' +
    '  const resolved = await next(specifier, context);\n' +
    `  appendFileSync(${JSON.stringify(log)}, specifier + '\\t' + resolved.url + '\\n');\n` +
    '  return resolved;\n}\n';
  const register = `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});\n`;
  return `data:text/javascript,${encodeURIComponent(register)}`;
}

/** The package a bare specifier imports from: 'exceljs' for 'exceljs', '@noble/hashes' for '@noble/hashes/sha2.js'. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Runs the CLI with the resolve hook: its result, the npm packages it imported and every URL it loaded. */
function runLogged(dir: string, ...args: string[]) {
  const log = join(dir, `resolved-${args[0]}.log`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', resolveLogger(log), BIN, ...args], { encoding: 'utf8' });
  const lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const specifiers = lines.map((line) => line.split('\t')[0]!);
  const packages = new Set(specifiers.filter((s) => !/^(\.|\/|node:|file:|data:)/.test(s)).map(packageOf));
  return { ...run, packages: [...packages].sort(), urls: lines.map((line) => line.split('\t')[1]!) };
}

beforeAll(() => {
  // A rebuild loads esbuild and prints a notice; these tests are about the bundle, so start from a fresh one.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.js'), '--if-stale'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

describe('bin/engagebook.js runs the bundle', () => {
  it('--version and --help load commander and no other package, and no TypeScript', () => {
    const dir = tempDir();
    for (const flag of ['--version', '--help']) {
      const run = runLogged(dir, flag);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.packages, flag).toEqual(['commander']);
      expect(run.urls).toContain(pathToFileURL(join(ROOT, 'out', 'cli', 'main.js')).href);
      expect(run.urls.filter((url) => url.endsWith('.ts'))).toEqual([]);
    }
  });

  it('a command loads what it needs, and still no tsx', () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    const created = runLogged(dir, 'new', '--template', 'raci', '--out', file);
    expect([created.status, created.stderr]).toEqual([0, '']);
    expect(created.packages).toContain('better-sqlite3');
    expect(created.packages).not.toContain('exceljs');

    const validated = runLogged(dir, 'validate', file);
    expect(validated.status, validated.stderr).toBe(0);
    expect(validated.packages).toEqual(expect.arrayContaining(['better-sqlite3', 'zod']));

    const exported = runLogged(dir, 'export', file, '--out', join(dir, 'acme.xlsx'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.packages).toEqual(expect.arrayContaining(['better-sqlite3', 'exceljs']));
    expect(exported.packages).not.toContain('pdfmake');

    // The PDF library loads for a PDF only, and exceljs does not come with it; a CSV needs neither.
    const printed = runLogged(dir, 'export', file, '--out', join(dir, 'acme.pdf'));
    expect([printed.status, printed.stderr]).toEqual([0, '']);
    expect(printed.packages).toContain('pdfmake');
    expect(printed.packages).not.toContain('exceljs');
    const csv = runLogged(dir, 'export', file, '--out', join(dir, 'acme.csv'));
    expect([csv.status, csv.stderr]).toEqual([0, '']);
    expect(csv.packages).not.toContain('pdfmake');
    expect(csv.packages).not.toContain('exceljs');
    for (const run of [created, validated, exported, printed, csv]) {
      expect(run.packages).not.toContain('tsx');
      expect(run.urls.filter((url) => url.endsWith('.ts'))).toEqual([]);
    }
  });

  it('imports an xlsx through the bundled parse worker, never the source entry', () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    expect(spawnSync(process.execPath, [BIN, 'new', '--template', 'raci', '--out', file]).status).toBe(0);
    expect(spawnSync(process.execPath, [BIN, 'export', file, '--out', join(dir, 'acme.xlsx')]).status).toBe(0);
    const imported = runLogged(dir, 'import', join(dir, 'acme.xlsx'), '--out', join(dir, 'copy.engagement'));
    expect([imported.status, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toMatch(/^Created .*copy\.engagement from .*acme\.xlsx/);
    expect(imported.urls).toContain(pathToFileURL(join(ROOT, 'out', 'cli', 'parse-worker.cjs')).href);
    expect(imported.urls.filter((url) => /parse-worker-entry|\.ts$/.test(url))).toEqual([]);
  });
});

describe('a copy of the sources', () => {
  /** What the CLI is built from, copied, with the checkout's node_modules: a tree the test may change. */
  function copyOfSources(): string {
    const copy = tempDir();
    for (const part of ['bin', 'scripts', 'electron', 'shared', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
  }
  const run = (copy: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(copy, 'bin', 'engagebook.js'), ...args], { encoding: 'utf8' });

  it('builds a missing bundle, rebuilds a stale one once, and runs what the sources say', () => {
    const copy = copyOfSources();
    const first = run(copy, '--version');
    expect(first.stderr).toBe('engagebook: out/cli is not built yet; building it (scripts/build-cli.js)\n');
    expect([first.status, first.stdout]).toEqual([0, '0.1.0\n']);
    expect(run(copy, '--version').stderr).toBe('');

    // A later modification time alone makes the bundle stale, even one in the future; one rebuild settles it.
    const main = join(copy, 'electron', 'cli', 'main.ts');
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(main, future, future);
    const touched = run(copy, '--version');
    expect(touched.stderr).toBe('engagebook: the sources changed since out/cli was built; building it (scripts/build-cli.js)\n');
    expect([touched.status, touched.stdout]).toEqual([0, '0.1.0\n']);
    expect(run(copy, '--version').stderr).toBe('');

    writeFileSync(main, readFileSync(main, 'utf8').replace(".version('0.1.0')", ".version('0.1.0-edited')"));
    const edited = run(copy, '--version');
    expect(edited.stderr).toMatch(/^engagebook: the sources changed/);
    expect(edited.stdout).toBe('0.1.0-edited\n');
  });

  it('fails loudly, not through tsx, when the bundled parse worker is missing', () => {
    const copy = copyOfSources();
    const file = join(copy, 'acme.engagement');
    expect(run(copy, 'new', '--template', 'raci', '--out', file).status).toBe(0);
    expect(run(copy, 'export', file, '--out', join(copy, 'acme.xlsx')).status).toBe(0);
    const worker = join(copy, 'out', 'cli', 'parse-worker.cjs');
    expect(existsSync(worker)).toBe(true);
    rmSync(worker);
    const imported = run(copy, 'import', join(copy, 'acme.xlsx'), '--out', join(copy, 'copy.engagement'));
    expect(imported.status).toBe(2);
    expect(imported.stderr).toMatch(/parse-worker\.cjs/);
    expect(existsSync(join(copy, 'copy.engagement'))).toBe(false);
  });

  it('serves the UI from out/renderer of the package, though the bundle sits elsewhere than the source', async () => {
    const copy = copyOfSources();
    mkdirSync(join(copy, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(copy, 'out', 'renderer', 'index.html'), '<!doctype html><title>the built UI</title>');
    const server = spawn(process.execPath, [join(copy, 'bin', 'engagebook.js'), 'serve', '--dir', join(copy, 'Documents')], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ENGAGEBOOK_HOME: join(copy, 'home') },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const page = await fetch(new URL('/', url));
      expect(await page.text()).toContain('<title>the built UI</title>');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
