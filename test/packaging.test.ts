// Packaging: electron-builder.yml is valid by electron-builder's own schema and refers only to files that exist, the
// icons are well-formed and up to date, the beforePack hook refuses a driver built for another system, the bundled xlsx
// parse worker and the bundled host process work without tsx, the main bundle holds neither SQLite nor Excel, and (on
// Linux) electron-builder itself packs exactly the files we mean to ship.
// Installers themselves cannot be built here: that needs Electron's binary and the packaging tools from GitHub
// (docs/packaging.md).
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { load } from 'js-yaml';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forkHost } from './host-process-fixture';
import { tempDir } from './helpers';
import { HAVE_POPPLER, readPdfFile } from './pdf-helpers';
import { exportVia, planVia } from './transfer-helpers';
import { libreoffice } from './xlsx-helpers';

const ROOT = resolve(import.meta.dirname, '..');
const at = (...parts: string[]) => join(ROOT, ...parts);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

interface FileAssociation {
  ext: string;
  name: string;
  role?: string;
  icon?: string;
  mimeType?: string;
}
interface BuilderConfig {
  appId: string;
  electronFuses: Record<string, boolean>;
  productName: string;
  directories: { buildResources: string; output: string };
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  fileAssociations: FileAssociation[];
  linux: { target: string[]; icon: string; maintainer: string; category: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; category: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean };
}
const config = load(readFileSync(at('electron-builder.yml'), 'utf8')) as BuilderConfig;

/** The Electron fuses the package must have (docs/security.md). */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
/** @electron/fuses: the marker before the fuse wire, and a fuse's two states (ASCII '0' and '1'). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [FUSE_OFF, FUSE_ON] = [0x30, 0x31];
/** The wire's order (@electron/fuses FuseV1Options), and Electron's own defaults, which the stand-in binary carries. */
const FUSE_ORDER = [
  ['runAsNode', FUSE_ON],
  ['enableCookieEncryption', FUSE_OFF],
  ['enableNodeOptionsEnvironmentVariable', FUSE_ON],
  ['enableNodeCliInspectArguments', FUSE_ON],
  ['enableEmbeddedAsarIntegrityValidation', FUSE_OFF],
  ['onlyLoadAppFromAsar', FUSE_OFF],
  ['loadBrowserProcessSpecificV8Snapshot', FUSE_OFF],
  ['grantFileProtocolExtraPrivileges', FUSE_ON],
] as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Size and format of a PNG, after checking its signature and that IHDR comes first with a correct CRC. */
function pngHeader(data: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(data.readUInt32BE(8), 'IHDR length').toBe(13);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  expect(data.readUInt32BE(29), 'IHDR CRC').toBe(crc32(data.subarray(12, 29)));
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bitDepth: data[24]!, colourType: data[25]! };
}

describe('electron-builder.yml', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(
    readJson(at('node_modules', 'app-builder-lib', 'scheme.json')) as object,
  );

  it("is valid by electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('and the validation would notice a mistake', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).toBe(false);
    expect(validate({ ...config, mac: { ...config.mac, target: 42 } })).toBe(false);
  });

  it('flips the fuses docs/security.md lists, under the names the schema knows', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
    // A misspelt fuse or a value that is not a boolean is a schema error, not a silently ignored key.
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
  });

  it('packages what the app needs, the way docs/packaging.md says', () => {
    expect(config.appId).toBe('com.engagebook.app');
    expect(config.productName).toBe('Engagebook');
    expect(config.directories).toEqual({ buildResources: 'build', output: 'dist' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
    expect(config.nsis).toEqual({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    // The Electron-ABI driver ships from .native; electron-builder must not rebuild node_modules in place.
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContain('.native/electron/better_sqlite3.node');
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'engagement', name: 'Engagebook workbook', role: 'Editor' }),
    ]);
  });

  it('enters the app where the build puts the main bundle, and dist/ is not committed', () => {
    const pkg = readJson(at('package.json')) as { main?: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('out/main/index.cjs');
    expect(pkg.scripts.dist).toMatch(/build:renderer.*build:electron.*rebuild:electron-native.*electron-builder/);
    expect(readFileSync(at('.gitignore'), 'utf8').split('\n')).toContain('dist/');
  });

  it('refers only to files that exist', () => {
    const resources = at(config.directories.buildResources);
    const referenced = [config.linux.icon, config.win.icon, config.mac.icon, config.beforePack];
    // A file association's icon is a name in build/ that electron-builder completes per platform.
    for (const association of config.fileAssociations) {
      const icon = association.icon ?? association.ext;
      referenced.push(
        join(config.directories.buildResources, `${icon}.icns`),
        join(config.directories.buildResources, `${icon}.ico`),
      );
    }
    expect(existsSync(resources)).toBe(true);
    for (const file of referenced) expect(existsSync(at(file)), file).toBe(true);
  });
});

describe('icons', () => {
  it('icon.png is a 1024×1024 RGBA PNG', () => {
    expect(pngHeader(readFileSync(at('build', 'icon.png')))).toEqual({ width: 1024, height: 1024, bitDepth: 8, colourType: 6 });
  });

  it('icon.ico is a well-formed icon directory with bitmaps and a 256×256 PNG', () => {
    const data = readFileSync(at('build', 'icon.ico'));
    expect([data.readUInt16LE(0), data.readUInt16LE(2)], 'reserved, type 1 = icon').toEqual([0, 1]);
    const count = data.readUInt16LE(4);
    let next = 6 + 16 * count;
    const sizes: number[] = [];
    for (let n = 0; n < count; n++) {
      const entry = data.subarray(6 + 16 * n, 22 + 16 * n);
      const size = entry[0] || 256;
      expect(entry[1] || 256, 'square').toBe(size);
      const [length, offset] = [entry.readUInt32LE(8), entry.readUInt32LE(12)];
      expect(offset, 'images follow each other').toBe(next);
      expect(offset + length).toBeLessThanOrEqual(data.length);
      next = offset + length;
      const image = data.subarray(offset, offset + length);
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngHeader(image)).toMatchObject({ width: size, height: size });
      } else {
        // BITMAPINFOHEADER: 40 bytes, height doubled (colour + mask), 32 bits per pixel.
        expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([
          40,
          size,
          2 * size,
          32,
        ]);
      }
      sizes.push(size);
    }
    expect(next, 'no trailing bytes').toBe(data.length);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('icon.icns is a well-formed icon family of PNGs, up to 1024×1024', () => {
    const data = readFileSync(at('build', 'icon.icns'));
    expect(data.toString('latin1', 0, 4)).toBe('icns');
    expect(data.readUInt32BE(4), 'length field').toBe(data.length);
    const expected: Record<string, number> = {
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    };
    const seen: string[] = [];
    for (let offset = 8; offset < data.length;) {
      const type = data.toString('latin1', offset, offset + 4);
      const length = data.readUInt32BE(offset + 4);
      expect(length).toBeGreaterThan(8);
      expect(offset + length).toBeLessThanOrEqual(data.length);
      const size = expected[type];
      expect(size, `known type ${type}`).toBeDefined();
      expect(pngHeader(data.subarray(offset + 8, offset + length))).toMatchObject({ width: size, height: size });
      seen.push(type);
      offset += length;
    }
    expect(seen.sort()).toEqual(Object.keys(expected).sort());
  });

  it('the committed icons are what scripts/make-icons.mjs draws', () => {
    const run = spawnSync(process.execPath, ['scripts/make-icons.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('icon.svg is the same design', () => {
    const svg = readFileSync(at('build', 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1024" height="1024"/);
    expect(svg.match(/<rect /g)).toHaveLength(10); // the tile and the 3×3 matrix
  });
});

describe('beforePack hook', () => {
  type Hook = {
    default: (context: { packager: { projectDir: string }; electronPlatformName: string; arch: number }) => Promise<void>;
  };
  const X64 = 1;
  const ARM64 = 3;
  const elf = (machine: number) => {
    const data = Buffer.alloc(64);
    data.writeUInt32BE(0x7f454c46, 0);
    data.writeUInt16LE(machine, 18);
    return data;
  };
  const pe = (machine: number) => {
    const data = Buffer.alloc(0x100);
    data.write('MZ', 0, 'latin1');
    data.writeUInt32LE(0x80, 0x3c);
    data.writeUInt32BE(0x50450000, 0x80);
    data.writeUInt16LE(machine, 0x84);
    return data;
  };
  const fatMachO = (...cpus: number[]) => {
    const data = Buffer.alloc(8 + 20 * cpus.length);
    data.writeUInt32BE(0xcafebabe, 0);
    data.writeUInt32BE(cpus.length, 4);
    cpus.forEach((cpu, n) => data.writeUInt32BE(cpu, 8 + 20 * n));
    return data;
  };

  async function packWith(driver: Buffer | null, electronPlatformName: string, arch: number): Promise<string> {
    const projectDir = mkdtempSync(join(tmpdir(), 'engagebook-hook-'));
    try {
      if (driver) {
        mkdirSync(join(projectDir, '.native', 'electron'), { recursive: true });
        writeFileSync(join(projectDir, '.native', 'electron', 'better_sqlite3.node'), driver);
      }
      const hook = (await import(pathToFileURL(at(config.beforePack)).href)) as Hook;
      await hook.default({ packager: { projectDir }, electronPlatformName, arch });
      return 'ok';
    } catch (error) {
      return (error as Error).message;
    } finally {
      rmSync(projectDir, { recursive: true, force: true });
    }
  }

  it('packs a driver built for the target', async () => {
    expect(await packWith(elf(0x3e), 'linux', X64)).toBe('ok');
    expect(await packWith(pe(0x8664), 'win32', X64)).toBe('ok');
    expect(await packWith(fatMachO(0x01000007, 0x0100000c), 'darwin', ARM64)).toBe('ok');
  });

  it('refuses a missing driver, or one for another platform or CPU', async () => {
    expect(await packWith(null, 'linux', X64)).toMatch(/better_sqlite3\.node is missing: run npm run rebuild:electron-native/);
    expect(await packWith(elf(0x3e), 'win32', X64)).toMatch(/built for linux x64, but this package is for win32 x64/);
    expect(await packWith(elf(0x3e), 'linux', ARM64)).toMatch(/built for linux x64, but this package is for linux arm64/);
    expect(await packWith(fatMachO(0x01000007), 'mas', ARM64)).toMatch(
      /built for darwin x64, but this package is for darwin arm64/,
    );
  });
});

describe('the bundled app', () => {
  let work = '';
  let out = '';
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'engagebook-bundle-'));
    out = join(work, 'out');
    // A stand-in for a main-process module that imports a spreadsheet: it goes through read-grid.ts like the app does.
    const probe = join(work, 'probe.ts');
    writeFileSync(
      probe,
      `import { readSheetJsGrid, readXlsxGrid } from ${JSON.stringify(at('electron', 'services', 'xlsx', 'import', 'read-grid.ts'))};\n` +
        'const read = process.argv[2]!.endsWith(".ods") ? readSheetJsGrid : readXlsxGrid;\n' +
        'read(process.argv[2]!).then((grid) => console.log(JSON.stringify(grid)), (error: Error) => {\n' +
        '  console.error(error.message);\n  process.exit(2);\n});\n',
    );
    // And one that prints the PDF sign-off pack the way the host process will: pdfmake and its fonts inside the bundle.
    const pdfProbe = join(work, 'pdf-probe.ts');
    writeFileSync(
      pdfProbe,
      `import { writeFileSync } from 'node:fs';\n` +
        `import { renderExport } from ${JSON.stringify(at('electron', 'services', 'export', 'render.ts'))};\n` +
        `import { buildTemplate } from ${JSON.stringify(at('shared', 'templates', 'index.ts'))};\n` +
        "let n = 0;\nconst content = buildTemplate('managed-services', { language: 'sv', newId: () => `id-${++n}` });\n" +
        "renderExport({ ...content, revisions: [] }, { format: 'pdf' }).then((r) => writeFileSync(process.argv[2]!, r.bytes), (error: Error) => {\n" +
        '  console.error(error.message);\n  process.exit(2);\n});\n',
    );
    build = spawnSync(
      process.execPath,
      ['scripts/build-electron.js', '--outdir', out, '--entry', `main/probe=${probe}`, '--entry', `main/pdf-probe=${pdfProbe}`],
      { cwd: ROOT, encoding: 'utf8' },
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds main, preload, the host process and the parse worker without warnings', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    for (const file of ['main/index.cjs', 'main/host.cjs', 'main/parse-worker.cjs', 'preload/index.cjs'])
      expect(existsSync(join(out, file)), file).toBe(true);
    // The bundles never reach for the source entry, which needs tsx.
    for (const file of ['main/index.cjs', 'main/host.cjs', 'main/probe.cjs']) {
      expect(readFileSync(join(out, file), 'utf8')).not.toContain('parse-worker-entry');
    }
  });

  it('keeps SQLite, Excel and the store out of the main process: they are in the host process', () => {
    // The source map lists every module a bundle holds.
    const modules = (bundle: string) =>
      (readJson(join(out, 'main', `${bundle}.cjs.map`)) as { sources: string[] }).sources.map((s) => s.replaceAll('\\', '/'));
    const heavy = /node_modules\/exceljs\/|electron\/services\/(store|xlsx|documents)\//;
    expect(modules('index').filter((m) => heavy.test(m))).toEqual([]);
    expect(readFileSync(join(out, 'main', 'index.cjs'), 'utf8')).not.toContain('require("better-sqlite3")');
    // The same test, pointed at the host bundle, finds them: it can fail.
    expect(modules('host').filter((m) => heavy.test(m)).length).toBeGreaterThan(10);
    expect(readFileSync(join(out, 'main', 'host.cjs'), 'utf8')).toContain('require("better-sqlite3")');
  });

  it('starts the bundled host process in plain node, which creates, exports and re-imports a workbook', async () => {
    // Plain node, no tsx, from outside the checkout; better-sqlite3 comes from NODE_PATH as it comes from the app's own
    // node_modules when installed, and the driver is handed over as nativeBinding as the app does.
    const driver = at('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const { client, child } = forkHost({
      entry: join(out, 'main', 'host.cjs'),
      execArgv: [],
      cwd: work,
      env: { ...process.env, NODE_PATH: at('node_modules') },
      start: { nativeBinding: driver },
    });
    const dir = tempDir();
    const docId = await client.call('createFromTemplate', { templateId: 'raci', target: join(dir, 'a.engagement') });
    expect(await client.dispatch('document.get', { docId })).toMatchObject({ ok: true, result: { matrices: expect.any(Array) } });
    const dispatch = (method: string, payload: unknown) => client.dispatch(method, payload);
    const exported = await exportVia(dispatch, docId, 'xlsx');
    // Planning the import parses the export in the bundled worker, which the host bundle must find beside itself.
    expect(await planVia(dispatch, exported.bytes, exported.fileName, docId)).toMatchObject({ kind: 'returned', changes: [] });
    expect(child.exitCode).toBeNull();
  });

  async function sampleXlsx(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Roles');
    sheet.addRow(['Activity', 'Customer', 'Provider']);
    sheet.addRow(['Choose the cloud region', 'A', 'R']);
    sheet.addRow(['Patch servers', '', 'A,R']);
    const file = join(work, 'sample.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  /** Runs a bundle of main/ with plain node from outside the checkout, so nothing resolves from node_modules. */
  function runBundled(bundle: string, argument: string) {
    const run = spawnSync(process.execPath, [join(out, 'main', `${bundle}.cjs`), argument], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run;
  }

  it.skipIf(!HAVE_POPPLER)(
    'prints a PDF with plain node from outside the repository: pdfmake and its fonts are in the bundle',
    () => {
      const pdf = join(work, 'pack.pdf');
      runBundled('pdf-probe', pdf);
      expect(readPdfFile(pdf).raw).toContain('Underlag för godkännande');
    },
  );

  it('parses an .ods with SheetJS in the bundled worker with plain node, as it parses the .xlsx', async () => {
    const xlsx = await sampleXlsx();
    const [ods] = libreoffice(xlsx, join(work, 'ods'), 'ods');
    const fromOds = JSON.parse(runBundled('probe', ods!).stdout) as { sheets: { rows: unknown }[] };
    const fromXlsx = JSON.parse(runBundled('probe', xlsx).stdout) as { sheets: { rows: unknown }[] };
    expect(fromOds.sheets[0]!.rows).toEqual(fromXlsx.sheets[0]!.rows);
  });

  it('parses an xlsx in the bundled worker with plain node, from outside the repository', async () => {
    const run = runBundled('probe', await sampleXlsx());
    const grid = JSON.parse(run.stdout) as { sheets: { name: string; rows: [number, [number, string][]][] }[] };
    expect(grid.sheets.map((s) => s.name)).toEqual(['Roles']);
    expect(grid.sheets[0]!.rows).toEqual([
      [
        1,
        [
          [1, 'Activity'],
          [2, 'Customer'],
          [3, 'Provider'],
        ],
      ],
      [
        2,
        [
          [1, 'Choose the cloud region'],
          [2, 'A'],
          [3, 'R'],
        ],
      ],
      [
        3,
        [
          [1, 'Patch servers'],
          [3, 'A,R'],
        ],
      ],
    ]);
  });

  it('fails loudly, not through the source entry, when the worker bundle is missing', async () => {
    const file = await sampleXlsx();
    const lonely = join(work, 'lonely');
    mkdirSync(lonely);
    cpSync(join(out, 'main', 'probe.cjs'), join(lonely, 'probe.cjs'));
    const run = spawnSync(process.execPath, [join(lonely, 'probe.cjs'), file], { cwd: work, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot be read as a workbook .*parse-worker\.cjs/);
  });

  // electron-builder with a stand-in Electron (an empty "dist" folder) packs the app folder and writes app.asar without
  // downloading anything; its file matching is then checked on the real thing. Linux only: the stand-in is shaped like
  // Linux's Electron.
  it.skipIf(process.platform !== 'linux')('electron-builder packs exactly the bundles, the driver and package.json', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, '.native', 'electron'), { recursive: true });
    for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml', 'build'])
      cpSync(at(file), join(project, file), { recursive: true });
    cpSync(out, join(project, 'out'), {
      recursive: true,
      filter: (source) => !source.endsWith('probe.cjs') && !source.endsWith('probe.cjs.map'),
    });
    mkdirSync(join(project, 'out', 'renderer'));
    writeFileSync(join(project, 'out', 'renderer', 'index.html'), '<!doctype html>');
    // Any driver for this machine passes the hook; the package's contents are what is checked here.
    cpSync(
      at('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
      join(project, '.native', 'electron', 'better_sqlite3.node'),
    );
    symlinkSync(at('node_modules'), join(project, 'node_modules'), 'dir');
    const electron = join(work, 'electron-dist');
    mkdirSync(electron);
    // With a fuse wire as Electron's binary has one (version 1, eight fuses at their defaults), for electronFuses to flip.
    const wire = Buffer.from([1, FUSE_ORDER.length, ...FUSE_ORDER.map(([, state]) => state)]);
    writeFileSync(join(electron, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n${FUSE_SENTINEL}`), wire]), {
      mode: 0o755,
    });
    const version = (readJson(at('node_modules', 'electron', 'package.json')) as { version: string }).version;
    writeFileSync(join(electron, 'version'), version);

    const run = spawnSync(
      process.execPath,
      [at('node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', `-c.electronDist=${electron}`],
      { cwd: project, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const resources = join(project, config.directories.output, 'linux-unpacked', 'resources');
    // @electron/asar is what electron-builder writes the archive with.
    const asar = createRequire(import.meta.url)(at('node_modules', '@electron', 'asar')) as {
      listPackage(archive: string): string[];
      statFile(archive: string, file: string): object;
      extractFile(archive: string, file: string): Buffer;
    };
    const archive = join(resources, 'app.asar');
    const files = asar
      .listPackage(archive)
      .filter((f) => !('files' in asar.statFile(archive, f.slice(1))) && !f.startsWith('/node_modules/better-sqlite3/lib/'));
    expect(files.sort()).toEqual(
      [
        '/.native/electron/better_sqlite3.node',
        '/node_modules/better-sqlite3/LICENSE',
        '/node_modules/better-sqlite3/package.json',
        '/out/main/index.cjs',
        '/out/main/host.cjs',
        '/out/main/parse-worker.cjs',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/package.json',
      ].sort(),
    );
    expect(asar.listPackage(archive)).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect((JSON.parse(asar.extractFile(archive, 'package.json').toString()) as { main: string }).main).toBe(
      'out/main/index.cjs',
    );
    // The fuses are flipped in the packed binary as the config says, and the others left as Electron has them.
    const binary = readFileSync(join(project, config.directories.output, 'linux-unpacked', 'engagebook'));
    const wireAt = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(wireAt).toBeGreaterThan(FUSE_SENTINEL.length);
    const fuses = Object.fromEntries(FUSE_ORDER.map(([name], i) => [name, binary[wireAt + 2 + i] === FUSE_ON]));
    expect(fuses).toEqual({
      ...EXPECTED_FUSES,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
    });
    // The driver is also outside the archive, where the operating system can load it.
    expect(existsSync(join(resources, 'app.asar.unpacked', '.native', 'electron', 'better_sqlite3.node'))).toBe(true);
  });
});
