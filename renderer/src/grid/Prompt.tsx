/**
 * Small modal dialogs: one asking for a text (a title, a name, a note), one asking a question with a few answers (add
 * the pasted rows?). Native <dialog>s: they trap focus, Escape cancels, and focus returns to the grid when they close.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PromptRequest {
  readonly label: string;
  readonly initial?: string;
  readonly multiline?: boolean;
  /** Whether an empty answer is allowed (a note or a group heading may be emptied; a title may not). */
  readonly allowEmpty?: boolean;
  submit(value: string): void;
}

/** A question with a few answers, each a button; Cancel (or Escape) answers null. */
export interface ChoiceRequest {
  /** The question: the dialog's heading and accessible name. */
  readonly question: string;
  /** Sentences under it, read as the dialog's description. */
  readonly details: readonly string[];
  /** The answers, the first focused. */
  readonly choices: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  choose(value: string | null): void;
}

export type DialogRequest = PromptRequest | ChoiceRequest;

/** Opens the dialog as a modal when it mounts. */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}

export function Prompt({ request, onClose }: { request: DialogRequest; onClose(): void }) {
  return 'choices' in request ? (
    <Choice request={request} onClose={onClose} />
  ) : (
    <TextPrompt request={request} onClose={onClose} />
  );
}

function Choice({ request, onClose }: { request: ChoiceRequest; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useModal();
  const id = useId();
  const answered = useRef(false);
  const answer = (value: string | null) => {
    if (answered.current) return;
    answered.current = true;
    request.choose(value);
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog prompt"
      aria-labelledby={`${id}-q`}
      aria-describedby={`${id}-d`}
      onClose={() => answer(null)}
    >
      <p id={`${id}-q`} className="prompt-question">
        {request.question}
      </p>
      <div id={`${id}-d`}>
        {request.details.map((detail, i) => (
          <p key={i}>{detail}</p>
        ))}
      </div>
      <div className="prompt-buttons">
        <button type="button" onClick={() => answer(null)}>
          {t('ui.cancel')}
        </button>
        {request.choices.map((choice, i) => (
          <button
            key={choice.value}
            type="button"
            className={i === 0 ? 'primary' : undefined}
            autoFocus={i === 0}
            onClick={() => answer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

function TextPrompt({ request, onClose }: { request: PromptRequest; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useModal();
  const [value, setValue] = useState(request.initial ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!request.allowEmpty && !value.trim()) return;
    request.submit(value);
    onClose();
  };
  return (
    <dialog ref={dialog} className="dialog prompt" aria-label={request.label} onClose={onClose}>
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
          <button type="submit" className="primary">
            {t('ui.ok')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
