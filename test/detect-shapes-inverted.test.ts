// Inverted tables: role letters or words across the header, party names listed in the cells; catch-alls mean every
// party named anywhere in the table. A matrix whose parties are letters is not one.
import { describe, expect, it } from 'vitest';
import { detectInverted, namesIn } from '../shared/import/detect/inverted';
import { MappingSchema } from '../shared/import/detect/mapping';
import { gridOf, read, sheetOf } from './detect-shapes-helpers';

describe('an inverted table', () => {
  it('lists parties in order of first appearance and reads "All" as every party', () => {
    const r = read(
      gridOf(
        sheetOf('RACI', [
          ['Deliverable', 'R', 'A', 'C', 'I'],
          ['Brand guide', 'Designer, Community', 'Marketing lead', 'Legal', 'All'],
          ['Website copy', 'Writer and Designer', 'Marketing lead', null, 'Community'],
          ['Launch event', 'Community; Writer', 'Marketing lead', 'Designer\nLegal', null],
          ['Press kit', null, null, null, null],
        ]),
      ),
    );
    expect(r.sheet.orientation).toBe('inverted table');
    expect(r.parties).toEqual(['Designer', 'Community', 'Marketing lead', 'Legal', 'Writer']);
    expect(r.titles).toEqual(['Brand guide', 'Website copy', 'Launch event', 'Press kit']);
    expect(r.vocabulary).toEqual({ R: 'responsible', A: 'accountable', C: 'other', I: 'informed' });
    expect(r.roles('Brand guide', 'Designer')).toEqual(['R', 'I']);
    expect(r.roles('Brand guide', 'Writer')).toEqual(['I']);
    expect(r.roles('Launch event', 'Designer')).toEqual(['C']);
    expect(r.roles('Press kit', 'Legal')).toEqual([]);
  });

  it('takes the codes from role words in the headings, in Portuguese, with "Todos" and "e"', () => {
    const r = read(
      gridOf(
        sheetOf('Matriz', [
          ['Fase', 'Atividade', 'Responsável', 'Aprovador', 'Consultado', 'Informado'],
          ['Início', 'Levantar requisitos', 'Analista', 'Gerente', 'Cliente e Fornecedor', 'Todos'],
          [null, 'Aprovar escopo', 'Gerente', 'Cliente', null, 'Analista'],
          ['Execução', 'Construir', 'Fornecedor', 'Gerente', 'Analista', null],
        ]),
      ),
    );
    expect(r.parties).toEqual(['Analista', 'Gerente', 'Cliente', 'Fornecedor']);
    expect(r.phases).toEqual(['Início', 'Execução']);
    expect(Object.keys(r.vocabulary)).toEqual(['R', 'A', 'C', 'I']);
    expect(r.roles('Levantar requisitos', 'Fornecedor')).toEqual(['C', 'I']);
    expect(r.roles('Levantar requisitos', 'Gerente')).toEqual(['A', 'I']);
  });

  it('splits names on the "and" of each language, never inside a name', () => {
    expect(namesIn('Anna och Bo')).toEqual(['Anna', 'Bo']);
    expect(namesIn('Заказчик и Подрядчик')).toEqual(['Заказчик', 'Подрядчик']);
    expect(namesIn('Kunde und Lieferant / IT')).toEqual(['Kunde', 'Lieferant', 'IT']);
    expect(namesIn('Service desk')).toEqual(['Service desk']);
  });

  it('refuses a normal matrix whose parties are named by letters', () => {
    const matrix = sheetOf('RACI', [
      ['Task', 'A', 'B', 'C'],
      ['Write scope', 'R', 'A', 'I'],
      ['Agree budget', 'A', 'R', null],
      ['Book rooms', null, 'R', 'C'],
    ]);
    expect(detectInverted(matrix, {})).toBeNull();
  });

  it('can be forced by a mapping, which finds nothing on a sheet of another shape', () => {
    const inverted = sheetOf('RACI', [
      ['Task', 'Responsible', 'Accountable'],
      ['Write scope', 'Anna', 'Bo'],
      ['Agree budget', 'Bo', 'Bo'],
    ]);
    expect(read(gridOf(inverted), { orientation: 'inverted' }).parties).toEqual(['Anna', 'Bo']);
    const matrix = sheetOf('RACI', [
      ['Task', 'Customer', 'Provider'],
      ['Write scope', 'A', 'R'],
      ['Agree budget', 'A', null],
      ['Book rooms', null, 'R'],
    ]);
    expect(() => read(gridOf(matrix), { orientation: 'inverted' })).toThrow(/no responsibility matrix found/);
    expect(MappingSchema.parse({ orientation: 'inverted' })).toEqual({ orientation: 'inverted' });
    expect(MappingSchema.safeParse({ orientation: 'sideways' }).success).toBe(false);
  });
});
