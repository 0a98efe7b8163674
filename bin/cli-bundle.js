// Where the CLI bundle lives, and whether it was built from the sources as they are now. bin/engagebook.js loads this
// on every call, so it uses only Node's built-ins and costs a few milliseconds: one stat per source file, no reading.
//
// "As they are now" is a stamp of every source file's path, modification time and size, written next to the bundle
// by scripts/build-cli.js. Comparing stamps rather than asking "is any source newer than the bundle" also notices a
// deleted or renamed file, and a file dated in the future (clock skew, an unpacked archive) costs one rebuild instead
// of a rebuild on every call.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The package root: the folder that holds bin/, electron/, shared/ and out/. */
export const PACKAGE_ROOT = join(import.meta.dirname, '..');
/** Folders whose files the CLI is built from, and the build's own code (a changed build means a different bundle). */
const SOURCE_DIRS = ['electron', 'shared'];
const BUILD_FILES = ['scripts/build-cli.js', 'scripts/parse-worker-bundling.js'];
export const STAMP_FILE = 'sources.stamp';

export const cliOutDir = (root = PACKAGE_ROOT) => join(root, 'out', 'cli');
export const cliEntry = (root = PACKAGE_ROOT) => join(cliOutDir(root), 'main.js');

/** The stamp of the sources under `root`, or null when there are none (an installed copy that ships only the bundle). */
export function sourcesStamp(root = PACKAGE_ROOT) {
  const dirs = SOURCE_DIRS.map((dir) => join(root, dir)).filter((dir) => existsSync(dir));
  if (dirs.length === 0) return null;
  const hash = createHash('sha1');
  const add = (file) => {
    const { mtimeMs, size } = statSync(file);
    hash.update(`${relative(root, file)}\0${mtimeMs}\0${size}\n`);
  };
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      // Dot files are editor swap files and system litter, never sources; they change while one types.
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) add(path);
    }
  };
  dirs.forEach(visit);
  for (const file of BUILD_FILES) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex');
}

/**
 * 'missing' when there is no bundle, 'stale' when the sources changed since it was built, else 'fresh' (also when there
 * are no sources to compare with).
 */
export function bundleState(root = PACKAGE_ROOT) {
  if (!existsSync(cliEntry(root))) return 'missing';
  const current = sourcesStamp(root);
  if (current === null) return 'fresh';
  let built = '';
  try {
    built = readFileSync(join(cliOutDir(root), STAMP_FILE), 'utf8');
  } catch {
    // No stamp: built by something else, or interrupted before the stamp was written; either way, rebuild.
  }
  return built === current ? 'fresh' : 'stale';
}
