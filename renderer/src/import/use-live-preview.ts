/**
 * The preview of a client's sheet kept live: each correction is shown in the controls at once and sent to the host a
 * moment after the last change (typing a role's meaning sends one request, not one per key); an answer that a later
 * correction has overtaken is dropped, so the preview always matches the controls.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api/contract';
import type { ForeignPreview } from '../../../shared/api/methods/transfer';
import type { Mapping } from '../../../shared/import/detect/mapping';
import { correct, unsendable, type Unsendable } from './sheet-view';

const DEBOUNCE_MS = 250;

export interface LivePreview {
  /** The latest answer. */
  readonly preview: ForeignPreview;
  /** What the controls show: the latest answer's mapping with the corrections made since. */
  readonly mapping: Mapping;
  /** A correction is waiting for its answer. */
  readonly pending: boolean;
  /** Why the current mapping was not sent, or why the host did not answer. */
  readonly blocked: Unsendable | null;
  readonly error: string | null;
  change(correction: Partial<Mapping>): void;
}

export function useLivePreview(api: ApiClient, planId: string, first: ForeignPreview): LivePreview {
  const [preview, setPreview] = useState(first);
  const [mapping, setMapping] = useState(first.mapping);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ mapping: first.mapping, request: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (correction: Partial<Mapping>) => {
    const next = correct(latest.current.mapping, correction);
    const request = latest.current.request + 1;
    latest.current = { mapping: next, request };
    setMapping(next);
    setError(null);
    clearTimeout(timer.current);
    if (unsendable(next)) {
      setPending(false);
      return;
    }
    setPending(true);
    timer.current = setTimeout(() => {
      api('import.preview', { planId, mapping: next }).then(
        (answer) => {
          if (latest.current.request !== request) return; // overtaken by a later correction
          latest.current = { mapping: answer.mapping, request };
          setPreview(answer);
          setMapping(answer.mapping);
          setPending(false);
        },
        (e: Error) => {
          if (latest.current.request !== request) return;
          setError(e.message);
          setPending(false);
        },
      );
    }, DEBOUNCE_MS);
  };

  return { preview, mapping, pending, blocked: unsendable(mapping), error, change };
}
