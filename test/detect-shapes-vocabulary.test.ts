// Vocabularies the sheet defines: a legend beside, above or right of the matrix, or in one merged title cell, decides
// what a letter means — also when it clashes with RACI (A = Auxiliary), is typed in lower case, or is written in
// German, Russian or Portuguese. A legend is never part of the matrix, and a title with a role word is no legend.
import { describe, expect, it } from 'vitest';
import { readCodes } from '../shared/import/detect/codes';
import { entriesIn, findLegend } from '../shared/import/detect/legend';
import { roleWord, wordKey } from '../shared/import/detect/role-words';
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
    // "Исполнитель" is also "the contractor" of Russian contracts: a role only where the legend defines it.
    expect(readCodes('Исполнитель')).toBeNull();
    const legend = { legendLabels: new Set([wordKey('Исполнитель')]) };
    expect(readCodes('Исполнитель', legend)).toEqual(['R']);
    expect(readCodes('ИСПОЛНИТЕЛЬ', legend)).toEqual(['R']);
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

  it('reads a party named like letters ("DSI", "MOA") as a name when the legend defines other codes', () => {
    const r = read(
      gridOf(
        sheetOf('Matrice', [
          ['R = Responsable\nA = Approbateur\nC = Consulté\nI = Informé', 'Métier', 'MOA', 'DSI'],
          ['Exprimer le besoin', 'R', 'A', null],
          ['Rédiger les spécifications', 'C', 'A', 'R'],
          ['Corriger les anomalies', 'I', 'A', 'R'],
          ['Livrer les correctifs', 'I', 'I', 'A/R'],
        ]),
      ),
    );
    expect(r.parties).toEqual(['Métier', 'MOA', 'DSI']);
    expect(r.roles('Livrer les correctifs', 'DSI')).toEqual(['R', 'A']);
  });

  it('keeps a party called "Исполнитель" (the contractor) when no legend makes it a role', () => {
    const r = read(
      gridOf(
        sheetOf('Матрица', [
          ['Работа', 'Заказчик', 'Исполнитель', 'Служба поддержки'],
          ['Сбор требований', 'A', 'R', 'C'],
          ['Настройка серверов', 'I', 'A/R', null],
          ['Обучение персонала', 'C', 'R', 'A'],
          ['Приёмка работ', 'A', 'R', 'I'],
        ]),
      ),
    );
    expect(r.parties).toEqual(['Заказчик', 'Исполнитель', 'Служба поддержки']);
  });

  it('reads code | meaning cells above the header (D/V/M/I) and beside it ("Primärt ansvar"), never as parties', () => {
    const above = read(
      gridOf(
        sheetOf('Matrix', [
          ['Rollenmodell', null, null, null],
          ['D', 'Durchführung', null, null],
          ['V', 'Verantwortung', null, null],
          ['M', 'Mitwirkung', null, null],
          ['I', 'Information', null, null],
          [null, null, null, null],
          ['Tätigkeit', 'Auftraggeber', 'Auftragnehmer', 'Rechenzentrum'],
          ['Anforderungen beschreiben', 'V', 'M', null],
          ['Server bereitstellen', 'I', 'V', 'D'],
          ['Störungen beheben', 'I', 'V', 'D'],
          ['Kapazität planen', 'M', 'V', 'D'],
        ]),
      ),
    );
    expect(above.vocabulary).toEqual({ D: 'responsible', V: 'accountable', M: 'supporting', I: 'informed' });
    expect(above.parties).toEqual(['Auftraggeber', 'Auftragnehmer', 'Rechenzentrum']);
    const beside = read(
      gridOf(
        sheetOf('Matris', [
          ['Aktivitet', 'Kund', 'Leverantör', 'Hosting', null, 'Förklaring', null],
          ['Produktdata i katalogen', 'P', 'S', null, null, 'P', 'Primärt ansvar'],
          ['Drift av webbservrar', null, 'S', 'P', null, 'S', 'Stöd'],
          ['Betalningsflöden', 'P', 'S', null, null, null, null],
          ['Säkerhetskopiering', null, 'S', 'P', null, null, null],
        ]),
      ),
    );
    expect(beside.parties).toEqual(['Kund', 'Leverantör', 'Hosting']);
    expect(beside.labels).toEqual({ P: 'Primärt ansvar', S: 'Stöd' });
    expect(beside.vocabulary).toEqual({ P: 'accountable', S: 'supporting' });
  });
});
