import { useRef, useState } from 'react';
import { readRoleText } from '../../../shared/clipboard/roles';
import { lettersToCodes, type RoleLetters } from '../../../shared/domain/role-letters';
import type { Vocabulary } from '../../../shared/domain/vocabulary';

/** Enter on a cell: type roles as text ("A/R", "a r", a role's name, or the UI language's letters); Enter saves,
 * Escape cancels. */
export function CellEditor(props: {
  label: string;
  initial: string;
  vocabulary: Vocabulary;
  letters: RoleLetters;
  onCommit(roles: string[]): void;
  onCancel(): void;
  onInvalid(text: string): void;
}) {
  const [text, setText] = useState(props.initial);
  // Enter and Escape finish the edit; the blur that follows when the input goes away must not finish it again.
  const finished = useRef(false);
  const finish = (fn: () => void) => {
    finished.current = true;
    fn();
  };
  return (
    <input
      autoFocus
      className="cell-editor"
      aria-label={props.label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') return finish(props.onCancel);
        if (e.key !== 'Enter') return;
        e.preventDefault();
        const { roles, unknown } = readRoleText(lettersToCodes(props.letters, text), props.vocabulary);
        if (unknown.length > 0 || (roles.length > 1 && !props.vocabulary.combinable)) return props.onInvalid(text);
        finish(() => props.onCommit(roles));
      }}
      onBlur={() => finished.current || finish(props.onCancel)}
    />
  );
}
