import { describe, expect, it } from 'vitest';
import { detect, readBack, sheet, turned } from './detect-helpers';

/** Five activities (phrases) × three parties (short names): the short side is the activities' one here. */
const people = [
  ['Activity', 'anna', 'bob', 'carla', 'dmitri', 'eve', 'frank', 'gita'],
  ['Prepare the steering committee agenda', 'A', 'R', 'C', 'I', 'I', null, null],
  ['Approve the change request', 'R', 'A', null, 'C', null, 'I', 'I'],
  ['Publish the monthly status report', 'I', 'R', 'A', null, 'C', null, 'I'],
];

describe('orientation is decided by what the labels look like', () => {
  it('keeps people (first names) as parties when there are more of them than activities', () => {
    const { content, report } = detect(sheet(people));
    expect(report.sheets[0]!.orientation).toBe('activities in rows');
    expect(readBack(content).parties).toEqual(['anna', 'bob', 'carla', 'dmitri', 'eve', 'frank', 'gita']);
    expect(report.unsure).toEqual([]);
  });

  it('reads the same parties and activities from the transposed sheet (parties down column A)', () => {
    const { content, report } = detect(sheet(turned(people)));
    expect(report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(content)).toEqual(readBack(detect(sheet(people)).content));
  });

  it('keeps kebab-case role ids and job titles as parties', () => {
    const rows = [
      ['Step', 'product-owner', 'tech-lead', 'qa-engineer', 'site-reliability', 'Head of Finance'],
      ['Write the acceptance criteria for the feature', 'A', 'C', 'R', null, null],
      ['Review and merge the pull request', null, 'A', 'C', null, null],
      ['Roll the release out to production', 'I', 'C', null, 'A/R', 'I'],
    ];
    const { content, report } = detect(sheet(rows));
    expect(report.sheets[0]!.orientation).toBe('activities in rows');
    expect(readBack(content).parties).toEqual([
      'product-owner',
      'tech-lead',
      'qa-engineer',
      'site-reliability',
      'Head of Finance',
    ]);
    const flipped = detect(sheet(turned(rows)));
    expect(flipped.report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(flipped.content).parties).toEqual(readBack(content).parties);
  });

  it('keeps job titles as parties over one-word activities, in either orientation', () => {
    const rows = [
      ['Workstream', 'Project Manager', 'Business Analyst', 'Solution Architect', 'Head of Operations'],
      ['Requirements', 'A', 'R', 'C', 'I'],
      ['Architecture', 'A', 'C', 'R', 'I'],
      ['Deployment', 'A', 'I', 'C', 'R'],
    ];
    const normal = detect(sheet(rows));
    expect(normal.report.sheets[0]!.orientation).toBe('activities in rows');
    expect(normal.report.unsure).toEqual([]);
    const flipped = detect(sheet(turned(rows)));
    expect(flipped.report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(flipped.content)).toEqual(readBack(normal.content));
  });

  it('never takes dates or numbers as parties', () => {
    const rows = [
      ['Milestone', 'Client', 'Agency'],
      ['2026-01-15', 'A', 'R'],
      ['2026-02-01', 'I', 'R'],
      ['2026-03-01', 'A', 'C'],
    ];
    const { content, report } = detect(sheet(turned(rows)));
    expect(report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(content).parties).toEqual(['Client', 'Agency']);
  });

  it('reads Cyrillic names and activities the same way', () => {
    const rows = [
      ['Задача', 'Заказчик', 'Подрядчик', 'Руководитель проекта'],
      ['Утвердить бюджет проекта', 'A', 'I', 'R'],
      ['Подготовить план тестирования', 'I', 'R', 'A'],
      ['Согласование требований', 'C', 'R', 'A'],
    ];
    const normal = detect(sheet(rows));
    const flipped = detect(sheet(turned(rows)));
    expect(normal.report.sheets[0]!.orientation).toBe('activities in rows');
    expect(flipped.report.sheets[0]!.orientation).toBe('activities in columns');
    expect(readBack(flipped.content)).toEqual(readBack(normal.content));
    expect(readBack(normal.content).parties).toEqual(['Заказчик', 'Подрядчик', 'Руководитель проекта']);
  });
});
