import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EngagementDocument } from '../shared/domain/document';
import { exportXlsx, type XlsxExportOptions } from '../electron/services/xlsx/export';

export const FIXED_NOW = new Date('2026-11-21T09:30:00Z');

export async function exportTo(dir: string, doc: EngagementDocument, name: string, options: XlsxExportOptions = {}) {
  const file = join(dir, name);
  const result = await exportXlsx(doc, file, { now: FIXED_NOW, ...options });
  return { file, result };
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export interface OpenpyxlSheet {
  state: string;
  freeze_panes: string | null;
  print_title_rows: string | null;
  orientation: string;
  fit_to_width: number;
  fit_to_height: number;
  fit_to_page: boolean | null;
  header_center: string | null;
  footer_right: string | null;
  validations: Array<{ sqref: string; type: string; formula1: string }>;
  conditional_formatting: string[];
  comments: Record<string, string>;
  hidden_columns: string[];
  hidden_rows: number[];
  outline_rows: number[];
  auto_filter: string | null;
  merged: string[];
  protected: boolean;
  unlocked: string[];
  cells: Record<string, { value: string | number | boolean; type: string }>;
}

/** Reads the file with openpyxl (Debian's python3-openpyxl), an independent implementation of the format. */
export function openpyxl(file: string): { sheets: string[]; facts: Record<string, OpenpyxlSheet> } {
  const script = join(import.meta.dirname, 'readers', 'inspect_xlsx.py');
  const run = spawnSync('/usr/bin/python3', [script, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (/No module named 'openpyxl'/.test(run.stderr))
    throw new Error('openpyxl is missing: apt-get install python3-openpyxl (see README)');
  expect(run.stderr, 'openpyxl reported an error').toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

/** Converts with LibreOffice headless; returns the files it wrote. Each call uses its own profile so runs can overlap. */
export function libreoffice(file: string, outDir: string, format: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, '.lo-profile');
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error)
    throw new Error(`LibreOffice is missing: apt-get install libreoffice-calc-nogui (see README) — ${run.error.message}`);
  expect(run.status, `soffice failed: ${run.stderr}`).toBe(0);
  expect(run.stderr).not.toMatch(/Error:/);
  return readdirSync(outDir)
    .filter((f) => !f.startsWith('.'))
    .map((f) => join(outDir, f));
}

/** A small RFC 4180 reader for the CSV files the tests produce (quotes, doubled quotes, CRLF, newlines in fields). */
export function readCsv(file: string): string[][] {
  expect(existsSync(file)).toBe(true);
  return parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** CSV text as rows of fields, split on `separator` (RFC 4180: quotes, doubled quotes, CRLF, newlines in fields). */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field || row.length) endRow();
  return rows;
}

/** Edits a workbook with openpyxl as a client would (see test/readers/edit_xlsx.py for the operations). */
export function editWithOpenpyxl(source: string, target: string, operations: readonly Record<string, unknown>[]): void {
  const script = join(import.meta.dirname, 'readers', 'edit_xlsx.py');
  const run = spawnSync('/usr/bin/python3', [script, source, target, JSON.stringify(operations)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}
