/**
 * What every export format shares: which content is exported (a stored revision's snapshot, or the current content as
 * a draft), in which language, and the small decisions every format makes the same way (the draft mark, the revision
 * caption, durations, who signs). The xlsx sheet builders and the PDF sections both read an ExportContext.
 */
import { contentOf } from '../../../shared/domain/canonical';
import { fingerprint } from '../fingerprint';
import type { Content, EngagementDocument, Party, Revision, RevisionStatus, Signatory } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { pickByIdOrTitle } from '../../../shared/domain/references';
import { translator, type Translate } from '../../../shared/i18n/messages';
import { durationText } from '../../../shared/i18n/durations';

export interface ExportedRevision {
  /** null when the current state is exported as a draft. */
  readonly id: string | null;
  readonly label: string;
  readonly status: RevisionStatus;
  readonly fingerprint: string;
  /** UTC timestamp of the revision, or of the export for a draft. */
  readonly date: string;
}

/** The content an export shows and the revision it names. */
export interface ExportSource {
  readonly content: Content;
  readonly revision: ExportedRevision;
}

/**
 * The content to export: the snapshot of the revision `ref` names (its id or label), or the current content when
 * `ref` is undefined. An unknown revision is a `not-found-in-document` error that names it and lists the known ones.
 */
export function exportedContent(
  doc: EngagementDocument,
  ref: string | undefined,
): { readonly content: Content; readonly stored: Revision | null } {
  if (ref === undefined) return { content: contentOf(doc), stored: null };
  const stored = pickByIdOrTitle('revision', ref, doc.revisions, (r) => r.label);
  return { content: stored.snapshot, stored };
}

/** What is exported and the revision it names: a stored revision, or the current content as a draft (fingerprinted here). */
export function exportSource(doc: EngagementDocument, ref: string | undefined, now: Date, t: Translate): ExportSource {
  const { content, stored } = exportedContent(doc, ref);
  const revision: ExportedRevision = stored
    ? { id: stored.id, label: stored.label, status: stored.status, fingerprint: stored.fingerprint, date: stored.createdAt }
    : {
        id: null,
        label: t('export.cover.currentDraft'),
        status: 'draft',
        fingerprint: fingerprint(content),
        date: now.toISOString(),
      };
  return { content, revision };
}

export interface ExportContext {
  readonly content: Content;
  readonly revision: ExportedRevision;
  readonly language: Language;
  readonly t: Translate;
  /** xlsx only: lock structure and labels. */
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

/** A draft mark is shown on every sheet or page unless the exported revision is signed. */
export function isDraft(ctx: ExportContext): boolean {
  return ctx.revision.status !== 'signed';
}

/** "v1 — Sent" for a stored revision; just "Current draft" for the current state. */
export function revisionCaption(ctx: ExportContext): string {
  return ctx.revision.id === null ? ctx.revision.label : `${ctx.revision.label} — ${ctx.t(`status.${ctx.revision.status}`)}`;
}

/** "15 min", "4 h", "5 d": the largest whole unit, in the export language. */
export function formatDuration(ctx: ExportContext, minutes: number | null): string {
  return durationText(ctx.t, minutes);
}

/** Signatories as stored; a workbook without any gets one empty box per party. */
export function signatoriesToPrint(ctx: ExportContext): Signatory[] {
  const { signatories, parties } = ctx.content;
  if (signatories.length > 0) return signatories;
  return parties.map((p) => ({ id: '', partyId: p.id, name: '', title: '', date: null }));
}

/** A party as a signatory's heading: "Name (Group)" when the group says more than the name. */
export function partyHeading(ctx: ExportContext, partyId: string): string {
  const party = ctx.party(partyId);
  if (!party) return partyId;
  return party.group && party.group !== party.name ? `${party.name} (${party.group})` : party.name;
}

/** `#RRGGBB` of a role, lightened so black text stays readable on it (`#RRGGBB` out). */
export function roleTint(color: string): string {
  const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const light = rgb.map((c) => Math.round(c + (255 - c) * 0.55));
  return `#${light.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}
