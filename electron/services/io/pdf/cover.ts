/** The cover: what this is, which revision, whether it is a draft, its fingerprint, and the contents with page numbers. */
import type { Content, ContentSection } from 'pdfmake/interfaces';
import { isDraft, type ExportContext } from '../../export/context';
import { COLOR, GRID, PLAIN, section } from './page';

/** One line of the contents: the section's title (a link to it), what it holds, and its first page. */
export interface ContentsEntry {
  /** The id of the section's heading, which the link and the page number refer to. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export function coverSection(ctx: ExportContext, contents: readonly ContentsEntry[]): ContentSection {
  const { t, content, revision } = ctx;
  const facts: Array<[string, string]> = [
    [t('export.cover.client'), content.client],
    [t('export.cover.preparedBy'), content.preparedBy],
    [t('export.cover.revision'), revision.label],
    [t('export.cover.status'), t(`status.${revision.status}`)],
    // Calendar dates in UTC, as the xlsx writes them: the day does not shift with the reader's time zone.
    [t('export.cover.date'), revision.date.slice(0, 10)],
    ...(content.dates.proposal ? [[t('export.cover.proposalDate'), content.dates.proposal] as [string, string]] : []),
    ...(content.dates.start || content.dates.end
      ? [[t('export.cover.period'), `${content.dates.start ?? '…'} – ${content.dates.end ?? '…'}`] as [string, string]]
      : []),
    [t('export.cover.fingerprint'), revision.fingerprint],
  ];
  const body: Content[] = [
    { text: t('export.pdf.heading'), style: 'muted', fontSize: 11 },
    { text: content.title, fontSize: 24, bold: true, margin: [0, 4, 0, 8] },
    ...(isDraft(ctx)
      ? [
          { text: t('export.cover.draft'), style: 'draft', fontSize: 28 },
          { text: t('export.cover.draftNote'), style: 'muted', margin: [0, 2, 0, 0] } as Content,
        ]
      : []),
    {
      margin: [0, 18, 0, 0],
      layout: PLAIN,
      table: {
        widths: [170, '*'],
        body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value]),
      },
    },
    { text: t('export.cover.contents'), style: 'heading', fontSize: 14, margin: [0, 28, 0, 6] },
    {
      layout: GRID,
      table: {
        headerRows: 0,
        widths: [170, '*', 30],
        body: contents.map((entry) => [
          { text: entry.title, linkToDestination: entry.id, color: COLOR.link, decoration: 'underline' },
          entry.description,
          { pageReference: entry.id, alignment: 'right' },
        ]),
      },
    },
  ];
  return section('portrait', body);
}
