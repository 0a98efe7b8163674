/**
 * The grid's find state: whether the bar is open, its query, the matches (find.ts) and which one is current. Kept
 * out of Grid.tsx, which draws; the grid gives it a way to go to an activity and to take the focus back.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Matrix, Party } from '../../../shared/domain/document';
import { useActions } from '../actions';
import { EMPTY_QUERY, findActivities, stepMatch, type FindQuery } from './find';
import { FindBar } from './FindBar';

export interface GridFind {
  /** The bar, while it is open. */
  readonly bar: ReactNode;
  /** The matching activities, highlighted in the grid. */
  readonly found: ReadonlySet<string>;
}

const NOTHING: ReadonlySet<string> = new Set();

export function useFind(options: {
  matrix: Matrix;
  parties: readonly Party[];
  /** Activities with findings. */
  flagged: ReadonlySet<string | undefined>;
  /** Selects an activity's row without taking the focus from the bar. */
  goTo(activityId: string): void;
  /** The bar closed: the grid takes the focus back. */
  closed(): void;
}): GridFind {
  const { matrix, parties, flagged, goTo, closed } = options;
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [query, setQuery] = useState<FindQuery>(EMPTY_QUERY);
  const [current, setCurrent] = useState(-1);
  const matches = useMemo(() => (open ? findActivities(matrix, query, flagged) : []), [open, matrix, query, flagged]);

  useActions([
    {
      id: 'find',
      keys: 'Mod+F',
      run: () => {
        setOpen(true);
        setFocusRequest((n) => n + 1);
      },
    },
  ]);

  const change = useCallback((next: FindQuery) => {
    setQuery(next);
    setCurrent(-1);
  }, []);
  const step = (back: boolean) => {
    const next = stepMatch(matches.length, Math.min(current, matches.length - 1), back);
    setCurrent(next);
    if (next >= 0) goTo(matches[next]!);
  };
  const close = () => {
    setOpen(false);
    setCurrent(-1);
    closed();
  };

  const found = useMemo(() => (matches.length ? new Set(matches) : NOTHING), [matches]);
  const bar = open ? (
    <FindBar
      matrix={matrix}
      parties={parties}
      query={query}
      count={matches.length}
      current={current}
      focusRequest={focusRequest}
      change={change}
      step={step}
      close={close}
    />
  ) : null;
  return { bar, found };
}
