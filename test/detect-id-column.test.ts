import { describe, expect, it } from 'vitest';
import { detect, readBack, sheet, turned } from './detect-helpers';

const titles = ['Define the project scope', 'Approve the budget', 'Write the test plan', 'Sign off the release'];

describe('an ID column before the titles', () => {
  for (const [heading, ids] of [
    ['Step Id', ['1', '2', '3', '4']],
    ['#', ['1', '2', '3', '4']],
    ['№', ['1.1', '1.2', '2.1', '2.2']],
    ['ID', ['T-01', 'T-02', 'T-03', 'T-04']],
  ] as const) {
    it(`is neither party nor title ("${heading}": ${ids[0]}…)`, () => {
      const rows = [
        [heading, 'Activity', 'Sponsor', 'Project manager', 'Developer'],
        [ids[0], titles[0]!, 'A', 'R', 'C'],
        // An activity nobody has a role in yet: it must not tip the sheet over.
        [ids[1], titles[1]!, null, null, null],
        [ids[2], titles[2]!, 'I', 'A', 'R'],
        [ids[3], titles[3]!, 'A', 'R', null],
      ];
      const { content, report } = detect(sheet(rows));
      expect(report.sheets[0]).toMatchObject({ orientation: 'activities in rows', labelColumn: 2, idColumns: [1] });
      expect(readBack(content)).toEqual({
        parties: ['Sponsor', 'Project manager', 'Developer'],
        activities: [
          [titles[0], ['A', 'R', 'C']],
          [titles[1], ['', '', '']],
          [titles[2], ['I', 'A', 'R']],
          [titles[3], ['A', 'R', '']],
        ],
      });
      expect(report.unsure).toEqual([]);
    });
  }

  it('is never read as party names when the sheet is turned (IDs across the top)', () => {
    const rows = [
      ['#', 'Task', 'Customer', 'Supplier'],
      ['1', 'Collect the requirements', 'A', 'R'],
      ['2', 'Build the interface', 'I', 'A/R'],
      ['3', 'Run the acceptance test', 'R', 'C'],
      ['4', 'Plan the go-live', null, null],
    ];
    const { content, report } = detect(sheet(turned(rows)));
    expect(report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(content).parties).toEqual(['Customer', 'Supplier']);
    expect(readBack(content).activities.map(([t]) => t)).toEqual([
      'Collect the requirements',
      'Build the interface',
      'Run the acceptance test',
      'Plan the go-live',
    ]);
  });
});
