/**
 * The sign-off: who signs for each party (name, title, date). Signatories are rows of their own table, ordered by key
 * like the other lists; each edit is one undo step.
 */
import type { Database } from 'better-sqlite3';
import { IsoDateSchema } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { edit, step, type EditResult, type Writer } from './history';
import { keyBetween } from './order-keys';
import { prepared } from './statements';
import { newId } from './structure';
import { stepLabel } from '../../../shared/i18n/step-labels';

export interface SignatoryFields {
  readonly partyId?: string;
  readonly name?: string;
  readonly title?: string;
  /** YYYY-MM-DD, or null: not signed yet. */
  readonly date?: string | null;
}

const MAX_TEXT = 500;

export function addSignatory(db: Database, input: SignatoryFields & { partyId: string }): EditResult<string> {
  const fields = checkFields(input);
  return edit(db, (w) => {
    const party = requireParty(w, input.partyId);
    const last = (prepared(db, 'SELECT MAX(position) AS p FROM signatories').get() as { p: string | null }).p;
    const id = newId();
    w.insert('signatories', {
      id,
      position: keyBetween(last, null),
      party_id: party.id,
      name: fields.name ?? '',
      title: fields.title ?? '',
      date: fields.date ?? null,
    });
    return step(stepLabel('step.addSignatory', { party: party.name }), id);
  });
}

export function updateSignatory(db: Database, input: SignatoryFields & { signatory: string }): EditResult<void> {
  const fields = checkFields(input);
  return edit(db, (w) => {
    const before = requireSignatory(w, input.signatory);
    const patch: Record<string, string | null> = {};
    if (input.partyId !== undefined) patch.party_id = requireParty(w, input.partyId).id;
    if (fields.name !== undefined) patch.name = fields.name;
    if (fields.title !== undefined) patch.title = fields.title;
    if (fields.date !== undefined) patch.date = fields.date;
    w.update('signatories', { id: String(before.id) }, patch);
    return step(stepLabel('step.changeSignatory', { name: String(fields.name ?? before.name) || String(before.id) }));
  });
}

export function removeSignatory(db: Database, input: { signatory: string }): EditResult<void> {
  return edit(db, (w) => {
    const before = requireSignatory(w, input.signatory);
    w.remove('signatories', { id: String(before.id) });
    return step(stepLabel('step.removeSignatory', { name: String(before.name) || String(before.id) }));
  });
}

function checkFields(input: SignatoryFields): {
  name?: string | undefined;
  title?: string | undefined;
  date?: string | null | undefined;
} {
  const text = (field: 'name' | 'title') => {
    const value = input[field];
    if (value !== undefined && value.length > MAX_TEXT)
      throw new EngagebookError('invalid-argument', `${field}: at most ${MAX_TEXT} characters`);
    return value?.trim();
  };
  if (input.date !== undefined && input.date !== null && !isRealDate(input.date))
    throw new EngagebookError('invalid-argument', `date: expected a date as YYYY-MM-DD, got "${input.date}"`);
  return { name: text('name'), title: text('title'), date: input.date };
}

/** YYYY-MM-DD naming a day that exists (no 2026-02-30). */
function isRealDate(value: string): boolean {
  if (!IsoDateSchema.safeParse(value).success) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function requireParty(w: Writer, partyId: string): { id: string; name: string } {
  const row = w.get('parties', { id: partyId });
  if (!row) throw new EngagebookError('not-found-in-document', `partyId: no party "${partyId}" in the workbook`);
  return { id: String(row.id), name: String(row.name) };
}

function requireSignatory(w: Writer, id: string) {
  const row = w.get('signatories', { id });
  if (!row) throw new EngagebookError('not-found-in-document', `signatory: no signatory "${id}" in the workbook`);
  return row;
}
