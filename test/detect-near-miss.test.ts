import { describe, expect, it } from 'vitest';
import { EngagebookError } from '../shared/domain/errors';
import { detect, sheet, turned, type Rows } from './detect-helpers';

function refused(rows: Rows): string | null {
  try {
    detect(sheet(rows));
    return null;
  } catch (error) {
    return error instanceof EngagebookError ? error.code : String(error);
  }
}

describe('near misses stay refused', () => {
  it('refuses a template whose parties are placeholders, whatever example letters it shows', () => {
    const rows = [
      ['RACI matrix template', null, null, null],
      ['R', 'Responsible', null, null],
      ['A', 'Accountable', null, null],
      ['C', 'Consulted', null, null],
      ['I', 'Informed', null, null],
      [null, null, null, null],
      ['Activity', '[Name of person or department]', '[Name of person or department]', '[Name of person or department]'],
      ['Define the requirements', 'R', 'A', 'C'],
      ['Approve the design', 'I', 'R', 'A'],
      ['[Activity]', null, null, null],
    ];
    expect(refused(rows)).toBe('no-matrix');
    // The same template with nothing filled in at all.
    expect(refused(rows.map((row, r) => (r >= 7 ? [row[0]!, null, null, null] : row)))).toBe('no-matrix');
  });

  it('refuses a severity grid: L1–L5 levels, RTO/RPO rows, response times — either way round', () => {
    const rows = [
      ['Severity', 'L1', 'L2', 'L3', 'L4', 'L5'],
      ['Response time', '15 min', '30 min', '2 h', '8 h', '2 d'],
      ['RTO', '1 h', '4 h', '8 h', '24 h', '72 h'],
      ['RPO', '0', '15 min', '1 h', '4 h', '24 h'],
      ['MTR', '4 h', '8 h', '1 d', '3 d', '10 d'],
      ['Escalation', 'CIO', 'CTO', 'SDM', 'SDM', 'SDM'],
      ['Notify', 'All', 'All', 'IT', 'IT', 'IT'],
    ];
    expect(refused(rows)).toBe('no-matrix');
    expect(refused(turned(rows))).toBe('no-matrix');
  });
});
