/**
 * The PDF sign-off pack: a cover, one landscape section per matrix, the support scope and the sign-off page, in the
 * export language, with the same labels (shared/i18n) and page set-up as the xlsx export. Built as a pdfmake document
 * definition and printed to bytes; nothing is written. See docs/export.md.
 */
import type { Content } from 'pdfmake/interfaces';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { ExportContext } from '../../export/context';
import { coverSection, type ContentsEntry } from './cover';
import { printPdf } from './library';
import { matrixSection } from './matrix';
import { COLOR, FONT, PAGE, STYLES, pageFooter, pageHeader } from './page';
import { scopeSection } from './scope';
import { signoffSection } from './signoff';

export async function renderPdf(ctx: ExportContext): Promise<Buffer> {
  const { t, content, revision } = ctx;
  const contents: ContentsEntry[] = [
    ...content.matrices.map((m, i) => ({
      id: `matrix-${i + 1}`,
      title: m.title,
      description: t('export.toc.matrix', {
        phases: m.phases.length,
        activities: m.phases.reduce((n, p) => n + p.activities.length, 0),
      }),
    })),
    ...(content.scope ? [{ id: 'scope', title: t('export.sheet.scope'), description: t('export.toc.scope') }] : []),
    { id: 'signoff', title: t('export.sheet.signoff'), description: t('export.toc.signoff') },
  ];
  const sections: Content[] = [coverSection(ctx, contents)];
  content.matrices.forEach((matrix, i) => {
    const vocabulary = content.vocabularies.find((v) => v.id === matrix.vocabularyId);
    if (!vocabulary) throw new EngagebookError('invalid-document', `matrix "${matrix.title}" has no vocabulary`);
    sections.push(matrixSection(ctx, matrix, vocabulary, `matrix-${i + 1}`));
  });
  if (content.scope) sections.push(scopeSection(ctx, content.scope, 'scope'));
  sections.push(signoffSection(ctx, 'signoff'));

  return printPdf({
    pageSize: PAGE.size,
    pageOrientation: 'portrait',
    pageMargins: PAGE.margins,
    language: ctx.language,
    info: {
      title: content.title,
      author: content.preparedBy,
      subject: `${revision.label} (${revision.fingerprint})`,
      creator: 'Engagebook',
      producer: 'Engagebook',
      creationDate: new Date(ctx.exportedAt),
    },
    header: pageHeader(ctx),
    footer: pageFooter(ctx),
    defaultStyle: { font: FONT, fontSize: 9, color: COLOR.ink },
    styles: STYLES,
    content: sections,
  });
}
