import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Content } from '../shared/domain/document';
import type { Language } from '../shared/domain/languages';
import { buildTemplate } from '../shared/templates';
import { main } from '../electron/cli/main';
import { createHost } from '../electron/services/api/host';
import { createWorkbook } from '../electron/services/store';

/** A fresh temporary directory, removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engagebook-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Deterministic ids, so two builds of a template compare equal. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function template(id: string, language: Language = 'en'): Content {
  return buildTemplate(id, { language, newId: counterIds(), today: '2026-11-21' });
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (the spawned binary is covered in cli-binary.test.ts). */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (s) => (stdout += s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => (stderr += s.endsWith('\n') ? s : `${s}\n`),
  });
  return { code, stdout, stderr };
}

export function activityCount(content: Content, matrixIndex: number): number {
  return content.matrices[matrixIndex]?.phases.reduce((n, p) => n + p.activities.length, 0) ?? -1;
}

/** The `engagebook` executable, as users run it. */
export const BIN = join(import.meta.dirname, '..', 'bin', 'engagebook.js');

/**
 * Rebuilds the CLI bundle if the sources changed: after a source edit the first call of the executable rebuilds it
 * and says so on stderr, which tests of the executable's exact output expect empty. Call it in a beforeAll.
 */
export function freshCli(): void {
  const build = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-cli.js'), '--if-stale'], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`scripts/build-cli.js failed: ${build.stderr}`);
}

/**
 * A managed-services workbook open in an API host of this process, closed after the current test; `call` dispatches
 * a method on that document (the reply, not thrown).
 */
export function hostedWorkbook() {
  const file = join(tempDir(), 'acme.engagement');
  const content = template('managed-services');
  createWorkbook(file, content);
  const host = createHost();
  onTestFinished(() => host.close());
  const docId = host.open(file);
  const matrixId = content.matrices[0]!.id;
  return { file, content, docId, matrixId, call: (method: string, args: object) => host.dispatch(method, { docId, ...args }) };
}
