// Vocabularies the sheet defines: a legend beside, above or right of the matrix, or in one merged title cell, decides
// what a letter means — also when it clashes with RACI (A = Auxiliary), is typed in lower case, or is written in
// German, Russian or Portuguese. A legend is never part of the matrix, and a title with a role word is no legend.
import { describe, expect, it } from 'vitest';
import { readCodes } from '../shared/import/detect/codes';
import { entriesIn, findLegend } from '../shared/import/detect/legend';
import { roleWord } from '../shared/import/detect/role-words';
import { Sheet } from '../shared/import/grid';
import { gridOf, read, sheetOf } from './detect-shapes-helpers';

describe('a vocabulary the sheet defines', () => {
  it('reads a legend in one merged title cell, and lower-case codes as the legend’s upper-case ones', () => {
    const r = read(
      gridOf(
        sheetOf(
          'Plan',
          [
            ['Service plan — P: Primary  S: Support', null, null],
            ['Task', 'Customer', 'Supplier'],
            ['Order hardware', 'p', 's'],
            ['Install racks', 's', 'p'],
            ['Configure network', null, 'p'],
            ['Sign acceptance', 'p', null],
          ],
          [[1, 1, 1, 3]],
        ),
      ),
    );
    expect(r.vocabulary).toEqual({ P: 'accountable', S: 'supporting' });
    expect(r.labels).toEqual({ P: 'Primary', S: 'Support' });
    expect(r.parties).toEqual(['Customer', 'Supplier']);
    expect(r.roles('Order hardware', 'Customer')).toEqual(['P']);
    expect(r.roles('Install racks', 'Customer')).toEqual(['S']);
    expect(r.roles('Configure network', 'Customer')).toEqual([]);
  });

  it('splits entries written with dashes and bars, and keeps the labels as typed', () => {
    expect(entriesIn('R – Responsible | A – Accountable | C – Consulted | I – Informed')).toEqual([
      { code: 'R', label: 'Responsible' },
      { code: 'A', label: 'Accountable' },
      { code: 'C', label: 'Consulted' },
      { code: 'I', label: 'Informed' },
    ]);
    expect(entriesIn('Legend: A = Accountable (signs off), R = Responsible')).toEqual([
      { code: 'A', label: 'Accountable (signs off)' },
      { code: 'R', label: 'Responsible' },
    ]);
    // Cyrillic labels stay Cyrillic, though their look-alike letters are folded to find the role word.
    expect(entriesIn('R – Исполнитель; A – Ответственный')).toEqual([
      { code: 'R', label: 'Исполнитель' },
      { code: 'A', label: 'Ответственный' },
    ]);
  });

  it('does not take a title or a header that merely holds a role word for a legend', () => {
    expect(entriesIn('Phase B: Support')).toEqual([]);
    expect(entriesIn('IT Support')).toEqual([]);
    expect(entriesIn('Send e-mail to support')).toEqual([]);
    // A header row with a party "IT" beside a party "Support" is no code and its meaning.
    const sheet = new Sheet(
      sheetOf('RACI', [
        ['Task', 'IT', 'Support', 'Finance'],
        ['Budget', 'C', 'I', 'A'],
      ]),
    );
    expect(findLegend([sheet])).toEqual([]);
  });

  it('reads a legend table right of the matrix (L = Lead, A = Auxiliary) and never as a party', () => {
    const r = read(
      gridOf(
        sheetOf('Roles', [
          ['Activity', 'Anna', 'Bo', 'Chen', null, 'Code', 'Meaning'],
          ['Kick-off', 'L', 'A', null, null, 'L', 'Lead'],
          ['Design', 'A', 'L', 'A', null, 'A', 'Auxiliary'],
          ['Build', null, 'A', 'L', null, null, null],
          ['Hand-over', 'L', null, 'A', null, null, null],
        ]),
      ),
    );
    expect(r.parties).toEqual(['Anna', 'Bo', 'Chen']);
    expect(r.vocabulary).toEqual({ L: 'accountable', A: 'supporting' });
    expect(r.roles('Design', 'Anna')).toEqual(['A']);
    expect(r.titles).toEqual(['Kick-off', 'Design', 'Build', 'Hand-over']);
  });

  it('reads German, Russian and Portuguese legends with the kinds their words name', () => {
    const kinds = (text: string) =>
      read(
        gridOf(
          sheetOf('S', [
            [text, null, null],
            ['Aufgabe', 'Kunde', 'Lieferant'],
            ['Planung', 'R', 'A'],
            ['Umsetzung', 'C', 'I'],
            ['Abnahme', 'A', 'R'],
          ]),
        ),
      ).vocabulary;
    expect(kinds('R = Durchführend, A = Rechenschaftspflichtig, C = Konsultiert, I = Informiert')).toEqual({
      R: 'responsible',
      A: 'accountable',
      C: 'other',
      I: 'informed',
    });
    expect(kinds('R – Исполнитель; A – Утверждающий; C – Консультирует; I – Информируется')).toEqual({
      R: 'responsible',
      A: 'accountable',
      C: 'other',
      I: 'informed',
    });
    expect(kinds('R: Executa, A: Aprovador, C: Consultado, I: Informado')).toEqual({
      R: 'responsible',
      A: 'accountable',
      C: 'other',
      I: 'informed',
    });
  });

  it('reads role words in German, Russian and Portuguese cells, and RASCI’s S', () => {
    const cases: Array<[string, string[]]> = [
      ['Ответственный', ['A']],
      ['Исполнитель', ['R']],
      ['ИСПОЛНИТЕЛЬ', ['R']],
      ['Информируется', ['I']],
      ['Консультирует', ['C']],
      ['Поддержка', ['S']],
      ['Verantwortlich', ['R']],
      ['Durchführend', ['R']],
      ['Mitwirkend', ['C']],
      ['Informiert', ['I']],
      ['Unterstützend', ['S']],
      ['Responsável', ['R']],
      ['Aprovador', ['A']],
      ['Consultado', ['C']],
      ['Informado', ['I']],
      ['Apoio', ['S']],
      ['Executa', ['R']],
      ['Lead', ['P']],
      ['Secondary', ['S']],
      ['Owner', ['O']],
      ['Approver', ['A']],
      ['Sign-off', ['A']],
    ];
    for (const [word, codes] of cases) expect(readCodes(word), word).toEqual(codes);
    expect(roleWord('Reviewer')?.kind).toBe('other');
    expect(roleWord('Auxiliary')?.kind).toBe('supporting');
  });

  it('reads a sheet with only X marks as one code, X', () => {
    const r = read(
      gridOf(
        sheetOf('Matrix', [
          ['Task', 'Operations', 'Developers', 'Testers'],
          ['Release the new version', 'x', null, 'X'],
          ['Patch the servers', null, 'X', 'X'],
          ['Monitor the alerts', 'X', null, null],
          ['Review the backlog', null, 'X', 'X'],
          ['Write the release notes', 'X', 'X', null],
        ]),
      ),
    );
    expect(Object.keys(r.vocabulary)).toEqual(['X']);
    expect(r.roles('Release the new version', 'Operations')).toEqual(['X']);
    expect(r.roles('Release the new version', 'Developers')).toEqual([]);
  });
});
