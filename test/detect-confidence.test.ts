import { describe, expect, it } from 'vitest';
import { detect, sheet } from './detect-helpers';

describe('confidence per guess, and "unsure"', () => {
  it('is sure of a clean matrix, and gives every guess a confidence', () => {
    const { report } = detect(
      sheet([
        ['Activity', 'Customer', 'Supplier', 'Project office'],
        ['Define the scope of the project', 'A', 'R', 'C'],
        ['Approve the delivery plan', 'A', 'C', 'R'],
        ['Report the progress every month', 'I', 'R', 'A'],
      ]),
    );
    expect(report.unsure).toEqual([]);
    const confidences = report.sheets[0]!.confidences!;
    expect(Object.keys(confidences).sort()).toEqual(['headerRow', 'labelColumn', 'orientation', 'partyColumns', 'phaseColumn']);
    for (const value of Object.values(confidences)) expect(value).toBeGreaterThanOrEqual(0.9);
    expect(report.confidences.vocabulary).toBe(0.95);
  });

  it('is unsure when both orientations read equally well', () => {
    const { report } = detect(
      sheet([
        [null, 'North', 'South', 'West'],
        ['Alpha', 'R', 'A', 'C'],
        ['Beta', 'A', 'R', 'I'],
        ['Gamma', 'C', 'I', 'R'],
      ]),
    );
    expect(report.unsure).toEqual([
      'Sheet1: the sheet reads nearly as well with activities in columns as with activities in rows',
    ]);
    expect(report.sheets[0]!.confidences!.orientation).toBeLessThan(0.6);
  });

  it('is sure once a person named the orientation', () => {
    const rows = [
      [null, 'North', 'South', 'West'],
      ['Alpha', 'R', 'A', 'C'],
      ['Beta', 'A', 'R', 'I'],
      ['Gamma', 'C', 'I', 'R'],
    ];
    const { report } = detect(sheet(rows), { orientation: 'columns' });
    expect(report.unsure).toEqual([]);
    expect(report.sheets[0]!.orientation).toBe('activities in columns');
  });

  it('is unsure with very few role cells', () => {
    const { report } = detect(
      sheet([
        ['Activity', 'Customer', 'Supplier'],
        ['Define the scope of the project', 'A', null],
        ['Approve the delivery plan', null, 'R'],
        ['Report the progress every month', 'R', null],
      ]),
    );
    expect(report.unsure).toEqual(['Sheet1: only 3 cells hold a role code']);
  });

  it('is unsure when many cells of the party columns are not codes', () => {
    const { report } = detect(
      sheet([
        ['Activity', 'Customer', 'Supplier', 'Auditor'],
        ['Define the scope of the project', 'A', 'R', 'see contract'],
        ['Approve the delivery plan', 'tbd later', 'R', 'I'],
        ['Report the progress every month', 'R', 'ask Bob', 'I'],
        ['Close the project', 'A', 'R', 'I'],
      ]),
    );
    expect(report.unsure).toEqual(['Sheet1: 3 of 12 filled cells in the party columns are not role codes']);
    expect(report.sheets[0]!.confidences!.partyColumns).toBe(0.75);
  });

  it('is unsure of a reading where only one activity has roles', () => {
    // Parties across the top, but roles on one row only: the rest may be notes, or the sheet another shape.
    const { report } = detect(
      sheet([
        ['Task', 'Anna', 'Erik', 'Maria'],
        ['Plan the migration weekend', 'R', 'A', 'C'],
        ['Write the runbook', null, null, null],
        ['Book the change window', null, null, null],
      ]),
    );
    expect(report.unsure).toEqual([
      'Sheet1: only one activity has roles ("Plan the migration weekend"), so the sheet may be another shape or read the wrong way round',
      'Sheet1: only 3 cells hold a role code',
    ]);
  });
});
