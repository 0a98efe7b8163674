// A client's words are kept exactly. Folding Cyrillic or Greek look-alike letters to Latin is right for reading a role
// code (a Cyrillic "С" typed for "C"), and wrong for everything that is stored: party names, activity titles and
// phases in Cyrillic must come out letter for letter as they went in.
import { describe, expect, it } from 'vitest';
import { detectWorkbook } from '../shared/import/detect';
import { delimitedGrid } from '../shared/import/delimited';
import { counterIds } from './helpers';

const detect = (text: string) =>
  detectWorkbook(delimitedGrid(text, 'Заказчик'), { language: 'en', newId: counterIds(), title: 'Заказчик' });

describe('text in a client sheet', () => {
  it('keeps Cyrillic names, titles and phases letter for letter, and still reads look-alike codes', () => {
    // "Заказчик", "Подрядчик", "Настройка сервера", "Эксплуатация" hold а, с, о, р, е: Latin look-alikes.
    const { content } = detect(
      [
        'Этап;Задача;Заказчик;Подрядчик',
        'Эксплуатация;Настройка сервера;R;A',
        ';Резервное копирование;С;R', // a Cyrillic С, meaning C
      ].join('\n'),
    );
    const matrix = content.matrices[0]!;
    const names = new Map(content.parties.map((p) => [p.id, p.name]));
    expect(matrix.partyIds.map((id) => names.get(id))).toEqual(['Заказчик', 'Подрядчик']);
    expect(matrix.phases.map((p) => p.title)).toEqual(['Эксплуатация']);
    const activities = matrix.phases[0]!.activities;
    expect(activities.map((a) => a.title)).toEqual(['Настройка сервера', 'Резервное копирование']);
    // Kept as typed: no Latin letter crept in.
    for (const text of [...names.values(), ...activities.map((a) => a.title)]) expect(text).not.toMatch(/[A-Za-z]/);
    expect(activities[1]!.cells.find((c) => c.partyId === matrix.partyIds[0])?.roles).toEqual(['C']);
  });
});
