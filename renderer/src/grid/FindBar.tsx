/**
 * The find bar over the grid (Ctrl+F): text, and filters by phase, by a party holding a role, and by findings. Enter
 * or F3 steps to the next match, Shift with either to the previous one; Escape closes it and the grid takes the focus
 * back. Focus stays in the bar while stepping, so a person can keep pressing Enter; the grid selects each match.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matrix, Party } from '../../../shared/domain/document';
import type { FindQuery } from './find';

export interface FindBarProps {
  readonly matrix: Matrix;
  readonly parties: readonly Party[];
  readonly query: FindQuery;
  readonly count: number;
  /** The current match's index, or -1 before the first step. */
  readonly current: number;
  /** Bumped by each Ctrl+F, so pressing it again while the bar is open puts the focus back in its text. */
  readonly focusRequest: number;
  change(query: FindQuery): void;
  step(back: boolean): void;
  close(): void;
}

export function FindBar({ matrix, parties, query, count, current, focusRequest, change, step, close }: FindBarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      return close();
    }
    if (e.key === 'F3' || (e.key === 'Enter' && e.target === input.current)) {
      e.preventDefault();
      step(e.shiftKey);
    }
  };
  const status =
    count === 0
      ? t('ui.find.none')
      : current < 0
        ? t('ui.find.matches', { count })
        : t('ui.find.position', { index: current + 1, count });

  return (
    <div role="search" aria-label={t('ui.find.label')} className="find-bar" onKeyDown={onKeyDown}>
      <label className="find-text">
        {t('ui.find.label')}
        <input ref={input} type="search" value={query.text} onChange={(e) => change({ ...query, text: e.target.value })} />
      </label>
      <FilterSelect
        id={`${id}-phase`}
        label={t('ui.find.phase')}
        all={t('ui.find.anyPhase')}
        value={query.phaseId}
        options={matrix.phases.map((phase) => ({ id: phase.id, name: phase.title }))}
        change={(phaseId) => change({ ...query, phaseId })}
      />
      <FilterSelect
        id={`${id}-party`}
        label={t('ui.find.party')}
        all={t('ui.find.anyParty')}
        value={query.partyId}
        options={parties}
        change={(partyId) => change({ ...query, partyId })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={query.withFindings}
          onChange={(e) => change({ ...query, withFindings: e.target.checked })}
        />
        {t('ui.find.withFindings')}
      </label>
      <span className="find-status" aria-live="polite">
        {status}
      </span>
      <div className="segmented">
        <button type="button" disabled={count === 0} onClick={() => step(true)}>
          {t('ui.find.previous')}
        </button>
        <button type="button" disabled={count === 0} onClick={() => step(false)}>
          {t('ui.find.next')}
        </button>
      </div>
      <button type="button" onClick={close}>
        {t('ui.find.close')}
      </button>
    </div>
  );
}

/** A filter: "all" (null) or one of the options, labelled by id (a label around a <select> would name it by its option). */
function FilterSelect(props: {
  id: string;
  label: string;
  all: string;
  value: string | null;
  options: ReadonlyArray<{ id: string; name: string }>;
  change(value: string | null): void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.change(e.target.value || null)}>
        <option value="">{props.all}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </>
  );
}
