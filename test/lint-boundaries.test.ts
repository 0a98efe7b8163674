// Where code may run is a contract: this proves the lint rules that enforce it catch a violation.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });
const ruleIds = async (text: string, file: string) =>
  (await eslint.lintText(text, { filePath: join(import.meta.dirname, '..', file) }))[0]?.messages.map((m) => m.ruleId) ?? [];

describe('lint boundaries', () => {
  it('shared/ may not import Node, Electron or use DOM globals', async () => {
    const text =
      "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nexport const x = [readFileSync, app, window, document.title];\n";
    expect(await ruleIds(text, 'shared/probe.ts')).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-globals',
      'no-restricted-globals',
    ]);
  });

  it('renderer/ may not import Node or Electron; services may not import Electron', async () => {
    expect(await ruleIds("import { join } from 'node:path';\nexport const j = join;\n", 'renderer/probe.ts')).toEqual([
      'no-restricted-imports',
    ]);
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'electron/services/probe.ts')).toEqual([
      'no-restricted-imports',
    ]);
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'electron/main/probe.ts')).toEqual([]);
  });
});
