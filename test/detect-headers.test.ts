import { describe, expect, it } from 'vitest';
import { detect, readBack, sheet } from './detect-helpers';

describe('headers', () => {
  it('takes a group row over the party names, merged or filled rightwards', () => {
    const rows = [
      ['RACI for the migration', null, null, null, null],
      [null, 'Client', null, 'Vendor', null],
      ['Task', 'IT', 'Finance', 'Delivery', 'Support'],
      ['Agree on the cut-over date', 'A', 'C', 'R', 'I'],
      ['Migrate the user accounts', 'I', null, 'A/R', 'C'],
      ['Train the service desk', 'C', null, 'A', 'R'],
    ];
    for (const merges of [
      [],
      [
        [2, 2, 2, 3],
        [2, 4, 2, 5],
      ],
    ] as Array<Array<[number, number, number, number]>>) {
      const { content, report } = detect(sheet(rows, { merges }));
      expect(report.sheets[0]!.parties).toEqual([
        { column: 2, name: 'IT', group: 'Client' },
        { column: 3, name: 'Finance', group: 'Client' },
        { column: 4, name: 'Delivery', group: 'Vendor' },
        { column: 5, name: 'Support', group: 'Vendor' },
      ]);
      expect(readBack(content).activities).toHaveLength(3);
    }
  });

  it('keeps "Anna Berg (Project lead)" whole as the party name, and does not read "lead" as a role', () => {
    const rows = [
      ['Activity', 'Anna Berg (Project lead)', 'Jonas Lind (Architect)', 'Mia Ek (Tester)'],
      ['Write the solution design document', 'A', 'R', 'C'],
      ['Review the solution design document', 'R', 'C', 'A'],
      ['Execute the regression test suite', 'I', 'C', 'A/R'],
    ];
    const { content, report } = detect(sheet(rows));
    expect(readBack(content).parties).toEqual(['Anna Berg (Project lead)', 'Jonas Lind (Architect)', 'Mia Ek (Tester)']);
    expect(report.sheets[0]!.orientation).toBe('activities in rows');
    expect(report.legend).toEqual([]);
    expect(report.unsure).toEqual([]);
  });

  it('reads a legend in the corner cell above the labels, and the table under it', () => {
    const rows = [
      ['Legend: P: Primary, S: Support, I: Informed', 'Sales', 'Legal', 'Operations'],
      ['Draft the contract', 'P', 'S', null],
      ['Negotiate the price', 'P', null, 'I'],
      ['Sign the contract', 'S', 'P', 'I'],
    ];
    const { content, report } = detect(sheet(rows));
    expect(report.sheets[0]).toMatchObject({ headerRow: 1, labelColumn: 1, orientation: 'activities in rows' });
    expect(report.vocabulary.roles.map((r) => `${r.code}:${r.kind}`)).toEqual(['P:accountable', 'S:supporting', 'I:informed']);
    expect(readBack(content).activities[0]).toEqual(['Draft the contract', ['P', 'S', '']]);
  });

  it('reads a split header: "Task" merged over two rows, a party merged over both, the others under group cells', () => {
    const rows = [
      ['Service transition', null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      ['Task', 'Sponsor', 'Customer', null, 'Supplier'],
      [null, null, 'Service owner', 'Key users', 'Transition manager'],
      ['Approve the transition plan', 'A', 'C', 'I', 'R'],
      ['Hand over the documentation', null, 'I', null, 'A/R'],
      ['Accept the service', 'I', 'A', 'C', 'R'],
    ];
    const merges: Array<[number, number, number, number]> = [
      [4, 1, 5, 1],
      [4, 2, 5, 2],
      [4, 3, 4, 4],
    ];
    const { content, report } = detect(sheet(rows, { merges }));
    expect(report.sheets[0]).toMatchObject({ headerRow: 5, labelColumn: 1 });
    expect(report.sheets[0]!.parties).toEqual([
      { column: 2, name: 'Sponsor', group: null },
      { column: 3, name: 'Service owner', group: 'Customer' },
      { column: 4, name: 'Key users', group: 'Customer' },
      { column: 5, name: 'Transition manager', group: 'Supplier' },
    ]);
    expect(readBack(content).activities).toEqual([
      ['Approve the transition plan', ['A', 'C', 'I', 'R']],
      ['Hand over the documentation', ['', 'I', '', 'R/A']],
      ['Accept the service', ['I', 'A', 'C', 'R']],
    ]);
  });

  it('does not take a code | meaning legend beside the matrix, one empty column away, for a party', () => {
    const rows = [
      ['Activity', 'Customer', 'Supplier', 'Hosting', null, 'Key', null],
      ['Load the product data', 'P', 'S', null, null, 'P', 'Primary'],
      ['Run the web servers', null, 'S', 'P', null, 'S', 'Support'],
      ['Test the payment flow', 'P', 'S', null, null, null, null],
      ['Back up the databases', null, 'S', 'P', null, null, null],
    ];
    const { content } = detect(sheet(rows));
    expect(readBack(content).parties).toEqual(['Customer', 'Supplier', 'Hosting']);
  });
});
