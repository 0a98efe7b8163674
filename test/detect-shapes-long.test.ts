// Long format with the party as a value ("Activity | Responsibility: Customer / Provider / Shared / Not applicable"),
// in several languages, and the classic "Task | Team | RACI" long format with German and Russian headings.
import { describe, expect, it } from 'vitest';
import { detectPartyValue } from '../shared/import/detect/party-value';
import { gridOf, read, sheetOf } from './detect-shapes-helpers';

describe('long format with the party as a value', () => {
  it('gives the named party R, every party R when shared, and no role when not applicable', () => {
    const r = read(
      gridOf(
        sheetOf('Scope', [
          ['Service responsibilities', null],
          ['Activity', 'Responsibility'],
          ['Network design', 'Provider'],
          ['User onboarding', 'Customer'],
          ['Backups', 'Shared'],
          ['Printer support', 'Not applicable'],
          ['Licences', 'Customer'],
          ['Kick-off', 'All'],
        ]),
      ),
    );
    expect(r.sheet.orientation).toBe('long format');
    expect(r.parties).toEqual(['Provider', 'Customer']);
    expect(r.titles).toEqual(['Network design', 'User onboarding', 'Backups', 'Printer support', 'Licences', 'Kick-off']);
    expect(r.roles('Kick-off', 'Customer')).toEqual(['R']);
    expect(r.roles('Network design', 'Provider')).toEqual(['R']);
    expect(r.roles('Network design', 'Customer')).toEqual([]);
    expect(r.roles('Backups', 'Customer')).toEqual(['R']);
    expect(r.roles('Backups', 'Provider')).toEqual(['R']);
    expect(r.roles('Printer support', 'Provider')).toEqual([]);
    expect(r.vocabulary).toEqual(expect.objectContaining({ R: 'responsible' }));
  });

  it('knows Shared and Not applicable in sv, nl, fr, de, ru and pt', () => {
    const cases: Array<[string, string, string, string, string]> = [
      ['Aktivitet', 'Ansvar', 'Kund', 'Delad', 'Ej tillämpligt'],
      ['Activiteit', 'Verantwoordelijkheid', 'Klant', 'Gedeeld', 'Niet van toepassing'],
      ['Activité', 'Responsabilité', 'Client', 'Partagé', 'Non applicable'],
      ['Aufgabe', 'Verantwortung', 'Kunde', 'Gemeinsam', 'Nicht zutreffend'],
      ['Задача', 'Ответственность', 'Заказчик', 'Совместно', 'Не применимо'],
      ['Atividade', 'Responsabilidade', 'Cliente', 'Compartilhado', 'Não se aplica'],
    ];
    for (const [activity, responsibility, customer, shared, none] of cases) {
      const r = read(
        gridOf(
          sheetOf('S', [
            [activity, responsibility],
            ['One', customer],
            ['Two', 'Vendor'],
            ['Three', shared],
            ['Four', none],
          ]),
        ),
      );
      expect(r.parties, activity).toEqual([customer, 'Vendor']);
      expect(r.roles('Three', 'Vendor'), activity).toEqual(['R']);
      expect(r.roles('Four', customer), activity).toEqual([]);
    }
  });

  it('refuses a column of codes and a column of sentences', () => {
    const codes = sheetOf('S', [
      ['Activity', 'Responsibility'],
      ['One', 'A/R'],
      ['Two', 'R'],
      ['Three', 'C'],
    ]);
    expect(detectPartyValue(codes, {})).toBeNull();
    const sentences = sheetOf('S', [
      ['Activity', 'Responsibility'],
      ['One', 'The customer keeps the servers patched and reports on it monthly'],
      ['Two', 'Vendor'],
    ]);
    expect(detectPartyValue(sentences, {})).toBeNull();
  });

  it('still pivots "Task | Team | RACI", also with German and Russian headings', () => {
    for (const heading of [
      ['Task', 'Team', 'RACI'],
      ['Aufgabe', 'Beteiligter', 'Rolle'],
      ['Задача', 'Участник', 'Роль'],
      ['Tarefa', 'Equipe', 'Papel'],
    ]) {
      const r = read(
        gridOf(
          sheetOf('Long', [
            heading,
            ['Plan', 'Customer', 'A'],
            ['Plan', 'Vendor', 'R'],
            ['Build', 'Vendor', 'A/R'],
            ['Build', 'Customer', 'I'],
          ]),
        ),
      );
      expect(r.sheet.orientation, heading[0]).toBe('long format');
      expect(r.parties).toEqual(['Customer', 'Vendor']);
      expect(r.roles('Build', 'Vendor')).toEqual(['R', 'A']);
    }
  });
});
