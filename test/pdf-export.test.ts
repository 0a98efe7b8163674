// The PDF sign-off pack, read back with poppler (pdfinfo, pdftotext): page set-up, repeated headers, the export
// language, and user text in Swedish and Cyrillic surviving exactly.
import { describe, expect, it } from 'vitest';
import type { Content, EngagementDocument } from '../shared/domain/document';
import { fingerprint } from '../shared/domain/canonical';
import type { Language } from '../shared/domain/languages';
import { LOCALES, type MessageKey } from '../shared/i18n/messages';
import { renderExport } from '../electron/services/export/render';
import { counterIds, tempDir, template } from './helpers';
import { HAVE_POPPLER, isA4, readPdf, type PdfFacts } from './pdf-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');
const asDocument = (content: Content): EngagementDocument => ({ ...content, revisions: [] });

async function pdfOf(doc: EngagementDocument, options: { language?: Language; revision?: string } = {}): Promise<PdfFacts> {
  const rendered = await renderExport(doc, { format: 'pdf', now: NOW, ...options });
  expect(rendered.mime).toBe('application/pdf');
  return readPdf(tempDir(), rendered.bytes);
}

/** The page a section starts on, read from the cover's contents ("Upgrade ……… 4"). */
function contentsPage(pdf: PdfFacts, title: string): number {
  const line = pdf.pages[0]!.text.split('\n').find((l) => l.trimStart().startsWith(title));
  const page = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
  expect(page, `"${title}" in the contents`).toBeGreaterThan(1);
  return page;
}

/** The first line of a page's own text, below the running header (title — revision — client). */
const firstLine = (pdf: PdfFacts, page: number) =>
  pdf.pages[page - 1]!.text.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)[1];

/** The raci template with one matrix of `activities` activities over three phases and parties named in two scripts. */
function longMatrix(activities: number, language: Language = 'sv'): Content {
  const content = template('raci', language);
  const newId = counterIds('long');
  const [customer, provider] = content.parties;
  customer!.name = 'Заказчик Östra';
  provider!.name = 'Поставщик Väst';
  content.parties.push({ id: newId(), name: 'Revisor Ärlig', group: null, kind: 'other' });
  const matrix = content.matrices[0]!;
  matrix.partyIds = content.parties.map((p) => p.id);
  matrix.phases = ['Förberedelse', 'Genomförande', 'Avslut'].map((title, p) => ({
    id: newId(),
    title,
    activities: Array.from({ length: activities / 3 }, (_, i) => ({
      id: newId(),
      title: `Aktivitet ${p * 1000 + i}`,
      description: null,
      cells: [
        { partyId: customer!.id, roles: ['A'], note: null },
        { partyId: provider!.id, roles: ['R'], note: null },
      ],
    })),
  }));
  return content;
}

const t = (language: Language, key: MessageKey) => LOCALES[language][key];

describe.skipIf(!HAVE_POPPLER)('PDF sign-off pack', () => {
  it('has a portrait cover, each matrix landscape A4 from a page of its own, then the scope and the sign-off in portrait', async () => {
    const content = template('managed-services', 'en');
    const pdf = await pdfOf(asDocument(content));
    expect(pdf.pages.every(isA4)).toBe(true);
    expect(pdf.pages[0]!.landscape).toBe(false);
    expect(pdf.info['Title']).toBe(content.title);

    const [roles, upgrade] = content.matrices.map((m) => contentsPage(pdf, m.title));
    const scope = contentsPage(pdf, t('en', 'export.sheet.scope'));
    const signoff = contentsPage(pdf, t('en', 'export.sheet.signoff'));
    expect([roles, upgrade, scope, signoff]).toEqual([2, expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(roles! < upgrade! && upgrade! < scope && scope < signoff).toBe(true);
    // Each section starts on its own page with its title on top, where the contents say.
    expect(firstLine(pdf, roles!)).toMatch(/^Roles and responsibilities\s+DRAFT$/);
    expect(firstLine(pdf, upgrade!)).toMatch(/^Upgrade\s+DRAFT$/);
    expect(firstLine(pdf, scope)).toBe('Support scope');
    expect(firstLine(pdf, signoff)).toBe('Sign-off');
    pdf.pages.forEach((page, i) => {
      const number = i + 1;
      expect(page.landscape, `page ${number}`).toBe(number >= roles! && number < scope);
      expect(page.text).toContain(`Page ${number} of ${pdf.pages.length}`);
      expect(page.text).toContain(fingerprint(content).slice(0, 16));
    });
    // Role colours are drawn, the legend names them, every activity is there.
    expect(pdf.pages[roles! - 1]!.text).toMatch(/O = Owner\s+C = Contributor\s+A = Advisor/);
    for (const activity of content.matrices.flatMap((m) => m.phases.flatMap((p) => p.activities)))
      expect(pdf.raw).toContain(activity.title);
  });

  it('repeats the party header on every page of a matrix that runs over several pages', async () => {
    const content = longMatrix(150);
    const pdf = await pdfOf(asDocument(content));
    const matrixPages = pdf.pages.filter((p) => p.landscape);
    expect(matrixPages.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of matrixPages.entries()) {
      expect(page.text, `matrix page ${i + 1}`).toMatch(/Aktivitet\s+Заказчик Östra\s+Поставщик Väst\s+Revisor Ärlig/);
      expect(page.text).toMatch(/Aktivitet \d+\s+A\s+R/);
    }
    // Every activity is printed once, in order.
    const printed = [...pdf.raw.matchAll(/Aktivitet (\d+)/g)].map((m) => Number(m[1]));
    const expected = content.matrices[0]!.phases.flatMap((p) => p.activities.map((a) => Number(a.title.split(' ')[1])));
    expect(printed).toEqual(expected);
  });

  it('prints its labels in the export language: a Swedish export has Swedish labels and no English ones', async () => {
    const pdf = (await pdfOf(asDocument(template('managed-services', 'sv')), { language: 'sv' })).raw;
    const keys: MessageKey[] = [
      'export.pdf.heading',
      'export.cover.preparedBy',
      'export.cover.fingerprint',
      'export.cover.contents',
      'export.cover.draftNote',
      'export.matrix.activity',
      'export.matrix.legend',
      'export.scope.sla',
      'export.scope.serviceManagement',
      'export.signoff.heading',
      'export.signoff.signature',
    ];
    for (const key of keys) {
      expect(pdf, key).toContain(t('sv', key));
      expect(pdf, key).not.toContain(t('en', key));
    }
    expect(pdf).toMatch(/Sida 1 av \d+/);
    expect(pdf).not.toMatch(/Page 1 of/);
  });

  it('prints labels in the chosen language and the workbook’s own text as it is', async () => {
    const pdf = (await pdfOf(asDocument(template('managed-services', 'en')), { language: 'fr' })).raw;
    expect(pdf).toContain(t('fr', 'export.cover.contents'));
    expect(pdf).toContain(t('fr', 'export.signoff.heading'));
    expect(pdf).toMatch(/Page 1 sur \d+/);
    expect(pdf).toContain('Roles and responsibilities');
    expect(pdf).not.toContain(t('en', 'export.cover.preparedBy'));
  });

  it('keeps Swedish and Cyrillic user text exactly', async () => {
    const content = longMatrix(3);
    content.title = 'Проект «Северное сияние» åäö ÅÄÖ é ë';
    content.client = 'Räksmörgås AB';
    content.preparedBy = 'Јован Ђорђевић';
    const activity = content.matrices[0]!.phases[0]!.activities[0]!;
    activity.title = 'Ёлка: приёмка работ — Öppning';
    activity.description = 'Щедрый объём, è à ç';
    activity.cells[0]!.note = 'Съешь же ещё этих мягких';
    const pdf = (await pdfOf(asDocument(content))).raw;
    for (const text of [
      content.title,
      content.client,
      content.preparedBy,
      activity.title,
      activity.description,
      `Заказчик Östra: ${activity.cells[0]!.note}`,
      'Заказчик Östra',
      'Förberedelse',
    ]) {
      expect(pdf).toContain(text);
    }
  });

  it('prints a note taller than a page in full, over several rows', async () => {
    const content = longMatrix(3);
    const words = Array.from({ length: 1500 }, (_, i) => `слово${i}`);
    content.matrices[0]!.phases[0]!.activities[0]!.cells[1]!.note = words.join(' ');
    const pdf = await pdfOf(asDocument(content));
    expect([...pdf.raw.matchAll(/слово(\d+)/g)].map((m) => `слово${m[1]}`)).toEqual(words);
    expect(pdf.pages.filter((p) => p.landscape).length).toBeGreaterThan(2);
  });

  it('marks a draft on every page, and a signed revision nowhere', async () => {
    const content = template('raci', 'en');
    const signed: EngagementDocument = {
      ...content,
      revisions: [
        {
          id: 'rev-1',
          label: 'Final',
          status: 'signed',
          fingerprint: fingerprint(content),
          createdAt: '2026-11-25T08:00:00.000Z',
          snapshot: content,
        },
      ],
    };
    const draft = await pdfOf(signed);
    expect(draft.pages.every((p) => p.text.includes('DRAFT'))).toBe(true);
    const final = await pdfOf(signed, { revision: 'Final' });
    expect(final.raw).not.toContain('DRAFT');
    expect(final.raw).toMatch(/Revision Final Status Signed Date 2026-11-25/);
    expect(final.pages[1]!.text).toContain('Final — Signed');
  });
});
