/**
 * The scope editor's form controls. A text field keeps what is typed as a draft and commits it when the user leaves
 * the field or presses Enter (Escape puts back the saved value): one change is one undo step, not one per keystroke.
 * While typing, the draft is reported (`onDraft`) so the findings next to the field follow the text as it is typed.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/rules';

interface CommitInputProps {
  readonly label: string;
  readonly value: string;
  onCommit(text: string): void;
  onDraft?(text: string | null): void;
  readonly type?: 'text' | 'number' | 'date';
  readonly multiline?: boolean;
  /** The id of the findings shown for this field, read out with it. */
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
  /** Hides the label visually (a table cell whose column heading says it); it still names the control. */
  readonly hideLabel?: boolean;
  readonly className?: string;
}

export function CommitInput(props: CommitInputProps) {
  const { value, onCommit, onDraft } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // A value that changes under the field (undo, another window) replaces a draft that was not being typed.
  useEffect(() => setDraft(null), [value]);
  const change = (text: string) => {
    setDraft(text);
    onDraft?.(text);
  };
  // The committed text stays on screen until the saved value arrives (then the effect above clears it), so the field
  // does not flash back to the old value; a refused edit leaves the text there to correct.
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    else setDraft(null);
    onDraft?.(null);
  };
  const revert = () => {
    setDraft(null);
    onDraft?.(null);
  };
  const common = {
    id,
    value: draft ?? value,
    'aria-describedby': props.describedBy,
    'aria-invalid': props.invalid || undefined,
    onBlur: commit,
  };
  const control = props.multiline ? (
    <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && revert()} />
  ) : (
    <input
      {...common}
      type={props.type ?? 'text'}
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') revert();
      }}
    />
  );
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      {control}
    </div>
  );
}

/** The findings the rules report at one place of the scope, named for that place so they can be found and read. */
export function FieldFindings({ id, field, findings }: { id: string; field: string; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <span id={id} hidden />;
  return (
    <ul id={id} className="field-findings" aria-label={t('ui.scope.findingsFor', { field })}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/** A select with its label beside it rather than around it, so the label alone names it (not the option shown). */
export function LabelledSelect(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </select>
    </div>
  );
}

/** A table of editable rows: its columns, then a last column of row buttons (move, remove) named for screen readers. */
export function RowsTable(props: { caption: string; columns: readonly string[]; className: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <table className={props.className}>
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('ui.scope.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** A labelled part of the editor: a heading and what belongs under it, as a region named by the heading. */
export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`scope-section ${className ?? ''}`}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
