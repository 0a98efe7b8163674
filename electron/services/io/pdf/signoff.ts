/**
 * The sign-off page, portrait: what is signed (revision and fingerprint), then a box per signatory — the party, and
 * lines for name, title, signature and date, filled in where the workbook already knows them. A box never splits.
 */
import type { Content, ContentSection } from 'pdfmake/interfaces';
import type { Signatory } from '../../../../shared/domain/document';
import { partyHeading, signatoriesToPrint, type ExportContext } from '../../export/context';
import { COLOR, section } from './page';

/** A label and a line to write on: only the line's bottom rule is drawn. */
const LINES = {
  hLineWidth: (row: number) => (row === 0 ? 0 : 0.75),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 6,
  paddingBottom: () => 3,
} as const;

function signatoryBox(ctx: ExportContext, signatory: Signatory): Content {
  const { t } = ctx;
  const fields: Array<[string, string, number]> = [
    [t('export.signoff.name'), signatory.name, 0],
    [t('export.signoff.title'), signatory.title, 0],
    [t('export.signoff.signature'), '', 36],
    [t('export.signoff.date'), signatory.date ?? '', 0],
  ];
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      {
        table: {
          widths: ['*'],
          body: [[{ text: partyHeading(ctx, signatory.partyId), style: 'tableHeader', alignment: 'left' }]],
        },
        layout: 'noBorders',
      },
      {
        layout: LINES,
        table: {
          widths: [110, '*'],
          body: fields.map(([label, value, space]) => [
            { text: label, style: 'label', margin: [0, space, 0, 0] },
            { text: value, margin: [0, space, 0, 0] },
          ]),
        },
      },
    ],
  };
}

export function signoffSection(ctx: ExportContext, id: string): ContentSection {
  const { t, content, revision } = ctx;
  return section('portrait', [
    { text: t('export.signoff.heading'), style: 'title', id },
    {
      text: t('export.signoff.statement', { revision: revision.label, title: content.title, fingerprint: revision.fingerprint }),
      margin: [0, 4, 0, 4],
    },
    ...signatoriesToPrint(ctx).map((signatory) => signatoryBox(ctx, signatory)),
  ]);
}
