// Single-role lists: "Area | Step | Role", one column of codes for one implied party named by that column's heading;
// the area, written on the first row of each group only, is filled down into phases.
import { describe, expect, it } from 'vitest';
import { EngagebookError } from '../shared/domain/errors';
import { detectSingleRole } from '../shared/import/detect/single-role';
import { gridOf, read, sheetOf } from './detect-shapes-helpers';

describe('a single-role list', () => {
  it('is one party named by the role heading verbatim, with the area filled down into phases', () => {
    const r = read(
      gridOf(
        sheetOf('Ansvar', [
          ['Ansvarsfördelning för drift', null, null],
          ['Område', 'Steg', 'Roll'],
          ['Drift', 'Övervaka larm', 'A/R'],
          [null, 'Starta om tjänster', 'R'],
          [null, 'Rapportera incidenter', 'I'],
          ['Säkerhet', 'Granska behörigheter', 'A'],
          [null, 'Uppdatera brandvägg', null],
          [null, 'Byt lösenord', 'c\nvarje kvartal'],
        ]),
      ),
    );
    expect(r.sheet.orientation).toBe('single-role list');
    expect(r.parties).toEqual(['Roll']);
    expect(r.phases).toEqual(['Drift', 'Säkerhet']);
    expect(r.titles).toEqual([
      'Övervaka larm',
      'Starta om tjänster',
      'Rapportera incidenter',
      'Granska behörigheter',
      'Uppdatera brandvägg',
      'Byt lösenord',
    ]);
    expect(r.roles('Övervaka larm', 'Roll')).toEqual(['R', 'A']);
    expect(r.roles('Uppdatera brandvägg', 'Roll')).toEqual([]);
    expect(r.roles('Byt lösenord', 'Roll')).toEqual(['C']);
    expect(r.note('Byt lösenord', 'Roll')).toBe('varje kvartal');
    expect(r.sheet.confidence).toBe(1);
  });

  it('passes over an ID column and keeps a Cyrillic heading as the party', () => {
    const r = read(
      gridOf(
        sheetOf('Роли', [
          ['№', 'Раздел', 'Шаг', 'Роль'],
          ['1', 'Запуск', 'Собрать требования', 'R'],
          ['2', null, 'Утвердить план', 'A'],
          ['3', 'Работа', 'Настроить сервер', 'R/A'],
          ['4', null, 'Провести обучение', 'С'], // a Cyrillic С, meaning C
        ]),
      ),
    );
    expect(r.parties).toEqual(['Роль']);
    expect(r.phases).toEqual(['Запуск', 'Работа']);
    expect(r.titles[0]).toBe('Собрать требования');
    expect(r.roles('Провести обучение', 'Роль')).toEqual(['C']);
  });

  it('can be forced by a mapping', () => {
    const r = read(
      gridOf(
        sheetOf('S', [
          ['Area', 'Step', 'Role'],
          ['Plan', 'Write scope', 'A/R'],
          [null, 'Agree budget', 'A'],
          [null, 'Book rooms', 'R'],
        ]),
      ),
      { orientation: 'single-role' },
    );
    expect(r.parties).toEqual(['Role']);
  });

  it('refuses a task list without roles and a matrix of several parties', () => {
    const taskList = sheetOf('Tasks', [
      ['Area', 'Task'],
      ['Plan', 'Write scope'],
      [null, 'Agree budget'],
      ['Run', 'Book rooms'],
    ]);
    expect(detectSingleRole(taskList, {})).toBeNull();
    expect(() => read(gridOf(taskList))).toThrow(EngagebookError);
    const matrix = sheetOf('RACI', [
      ['Task', 'Customer', 'Provider'],
      ['Write scope', 'A', 'R'],
      ['Agree budget', 'A', null],
      ['Book rooms', null, 'R'],
      ['Run workshop', 'C', 'A/R'],
    ]);
    expect(detectSingleRole(matrix, {})).toBeNull();
    expect(read(gridOf(matrix)).parties).toEqual(['Customer', 'Provider']);
    // A column with the odd "x" among notes is no role column.
    const notes = sheetOf('Notes', [
      ['Task', 'Done'],
      ['Write scope', 'x'],
      ['Agree budget', null],
      ['Book rooms', null],
      ['Run workshop', null],
      ['Send invoice', 'x'],
      ['Archive files', null],
      ['Close project', null],
    ]);
    expect(detectSingleRole(notes, {})).toBeNull();
  });
});
