/** Everything the sheet builders share: what is exported, in which language, and the names already given out. */
import type { Content, Party, RevisionStatus } from '../../../../shared/domain/document';
import type { Language } from '../../../../shared/domain/languages';
import { translator, type Translate } from '../../../../shared/i18n/messages';

export interface ExportedRevision {
  /** null when the current state is exported as a draft. */
  readonly id: string | null;
  readonly label: string;
  readonly status: RevisionStatus;
  readonly fingerprint: string;
  /** UTC timestamp of the revision, or of the export for a draft. */
  readonly date: string;
}

export interface ExportContext {
  readonly content: Content;
  readonly revision: ExportedRevision;
  readonly language: Language;
  readonly t: Translate;
  readonly protect: boolean;
  readonly exportedAt: string;
  party(id: string): Party | undefined;
}

export function exportContext(
  content: Content,
  revision: ExportedRevision,
  language: Language,
  options: { protect: boolean; exportedAt: string },
): ExportContext {
  const parties = new Map(content.parties.map((p) => [p.id, p]));
  return {
    content,
    revision,
    language,
    t: translator(language),
    protect: options.protect,
    exportedAt: options.exportedAt,
    party: (id) => parties.get(id),
  };
}

/** A draft mark is shown on every sheet unless the exported revision is signed. */
export function isDraft(ctx: ExportContext): boolean {
  return ctx.revision.status !== 'signed';
}

/** "v1 — Sent" for a stored revision; just "Current draft" for the current state. */
export function revisionCaption(ctx: ExportContext): string {
  return ctx.revision.id === null ? ctx.revision.label : `${ctx.revision.label} — ${ctx.t(`status.${ctx.revision.status}`)}`;
}
