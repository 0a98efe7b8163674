/**
 * A small modal dialog asking for one text (a title, a name, a note). A native <dialog>: it traps focus, Escape
 * cancels, and focus returns to the grid when it closes.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PromptRequest {
  readonly label: string;
  readonly initial?: string;
  readonly multiline?: boolean;
  /** Whether an empty answer is allowed (a note or a group heading may be emptied; a title may not). */
  readonly allowEmpty?: boolean;
  submit(value: string): void;
}

export function Prompt({ request, onClose }: { request: PromptRequest; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(request.initial ?? '');
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!request.allowEmpty && !value.trim()) return;
    request.submit(value);
    onClose();
  };
  return (
    <dialog ref={dialog} className="prompt" aria-label={request.label} onClose={onClose}>
      <form onSubmit={submit}>
        <label>
          {request.label}
          {request.multiline ? (
            <textarea
              autoFocus
              rows={5}
              maxLength={10_000}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => {
                // Ctrl/Cmd+Enter saves a note; plain Enter is a new line.
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
              }}
            />
          ) : (
            <input autoFocus maxLength={2000} value={value} onChange={(e) => setValue(e.target.value)} />
          )}
        </label>
        <div className="prompt-buttons">
          <button type="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit">{t('ui.ok')}</button>
        </div>
      </form>
    </dialog>
  );
}
