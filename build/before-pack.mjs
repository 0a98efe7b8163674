// electron-builder's beforePack hook (electron-builder.yml). The installers ship the SQLite driver from
// .native/electron/better_sqlite3.node, built on this machine by npm run rebuild:electron-native. electron-builder
// would package whatever is there, so a missing driver, or one built for another system (say a Linux build packed into
// a Windows installer), would only show when a user opens a workbook. Refuse to pack instead.
//
// It reads the binary's header (ELF, PE or Mach-O) for its platform and CPU. It cannot see which Electron version the
// driver was built for; npm run dist rebuilds it every time for that reason (docs/packaging.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DRIVER = join('.native', 'electron', 'better_sqlite3.node');

/** electron-builder's Arch enum (builder-util), by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const ELF_MACHINES = { 0x03: 'ia32', 0x3e: 'x64', 0x28: 'armv7l', 0xb7: 'arm64' };
const PE_MACHINES = { 0x14c: 'ia32', 0x8664: 'x64', 0x1c4: 'armv7l', 0xaa64: 'arm64' };
const MACHO_CPUS = { 0x7: 'ia32', 0x01000007: 'x64', 0x0100000c: 'arm64' };

/** The platform (linux, win32, darwin) and CPUs a native module was built for, from its header. */
export function describeBinary(data) {
  if (data.length >= 20 && data.readUInt32BE(0) === 0x7f454c46) {
    return { platform: 'linux', archs: [ELF_MACHINES[data.readUInt16LE(18)] ?? 'unknown'] };
  }
  if (data.length >= 0x40 && data.toString('latin1', 0, 2) === 'MZ') {
    const pe = data.readUInt32LE(0x3c);
    if (pe + 6 <= data.length && data.readUInt32BE(pe) === 0x50450000) {
      return { platform: 'win32', archs: [PE_MACHINES[data.readUInt16LE(pe + 4)] ?? 'unknown'] };
    }
  }
  if (data.length >= 8 && data.readUInt32LE(0) === 0xfeedfacf) {
    return { platform: 'darwin', archs: [MACHO_CPUS[data.readUInt32LE(4)] ?? 'unknown'] };
  }
  if (data.length >= 8 && data.readUInt32BE(0) === 0xcafebabe) {
    // A universal ("fat") Mach-O: one slice per CPU.
    const slices = data.readUInt32BE(4);
    const archs = [];
    for (let n = 0; n < slices && 8 + 20 * (n + 1) <= data.length; n++) {
      archs.push(MACHO_CPUS[data.readUInt32BE(8 + 20 * n)] ?? 'unknown');
    }
    return { platform: 'darwin', archs };
  }
  return { platform: 'unknown', archs: [] };
}

export default async function beforePack(context) {
  const file = join(context.packager.projectDir, DRIVER);
  let data;
  try {
    data = readFileSync(file);
  } catch {
    throw new Error(`${file} is missing: run npm run rebuild:electron-native (npm run dist does) before packaging`);
  }
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const found = describeBinary(data);
  if (found.platform !== platform || !found.archs.includes(arch)) {
    throw new Error(
      `${file} is built for ${found.platform} ${found.archs.join('+') || '?'}, but this package is for ${platform} ${arch}: ` +
        'build installers on the system they are for (docs/packaging.md)',
    );
  }
}
