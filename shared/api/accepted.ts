/**
 * Which changes of a returned file the person accepted, as the page says it to the host: the accepted ids, or every
 * change but the rejected ones. A returned 20,000-activity file can hold 100,000 changes; naming each accepted one
 * (about 80 bytes) went past the browser bridge's 2 MB body limit at about 25,000, while "all but these" stays small
 * for the usual review, where most changes are kept.
 */
export type AcceptedChanges = string[] | { allExcept: string[] };

/** The shorter of the two ways to say `accepted` out of `all` (the plan's change ids). */
export function acceptedPayload(accepted: ReadonlySet<string>, all: readonly string[]): AcceptedChanges {
  if (accepted.size * 2 <= all.length) return all.filter((id) => accepted.has(id));
  return { allExcept: all.filter((id) => !accepted.has(id)) };
}

/** The ids `accept` names (accepted or rejected, as it says), to check that each is one of the plan's. */
export const namedIds = (accept: AcceptedChanges): readonly string[] => ('allExcept' in accept ? accept.allExcept : accept);

/** Whether `accept` takes the change with id `id`. */
export function accepts(accept: AcceptedChanges): (id: string) => boolean {
  const named = new Set(namedIds(accept));
  return 'allExcept' in accept ? (id) => !named.has(id) : (id) => named.has(id);
}
