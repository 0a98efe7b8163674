/** The bench's table in docs/performance.md: replaced between two marker lines, the rest of the page is prose. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { PeerComparison } from './peer';

export interface Row {
  section: string;
  name: string;
  value: number;
  target: number;
  unit: string;
  /** For the openpyxl comparison: the target is openpyxl's own figure, and what each side does. */
  peer?: PeerComparison;
}

const DOC = join(import.meta.dirname, '..', 'docs', 'performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function table(rows: readonly Row[]): string {
  const lines: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      const target = r.peer ? 'openpyxl' : 'target';
      lines.push('', `**${section}**`, '', `| figure | value | ${target} | ratio |`, '| --- | ---: | ---: | ---: |');
    }
    const ratio = r.value / r.target;
    const number = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ${r.unit}`;
    // A target that is a multiple of openpyxl's time says so: "1.5 × 1733 ms".
    const target = r.peer?.factor && r.peer.factor !== 1 ? `${r.peer.factor} × ${number(r.peer.peer)}` : number(r.target);
    lines.push(`| ${r.name} | ${number(r.value)} | ${target} | ${ratio.toFixed(2)}${ratio > 1 ? ' ⚠' : ''} |`);
  }
  const peers = rows.filter((r) => r.peer);
  if (peers.length > 0) {
    lines.push('', 'What each side does in the openpyxl comparison:', '');
    for (const r of peers) lines.push(`- ${r.name}: ours = ${r.peer!.oursDoes}; openpyxl = ${r.peer!.peerDoes}.`);
  }
  return lines.join('\n');
}

/** Writes the table into the page, formatted as `npm run lint` wants it. */
export async function writePerformanceDoc(rows: readonly Row[], machine: string): Promise<void> {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no ${START} … ${END} section for the table`);
  const date = new Date().toISOString().slice(0, 10);
  const body = `${START}\nLast run: ${date}, ${machine}. ⚠ marks a figure over its target.\n${table(rows)}\n\n${END}`;
  const text = doc.slice(0, start) + body + doc.slice(end + END.length);
  writeFileSync(DOC, await format(text, { ...(await resolveConfig(DOC)), filepath: DOC }));
}
