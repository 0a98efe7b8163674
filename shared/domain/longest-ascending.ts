/**
 * A longest run kept in order: what stays put when some items of a list moved. Order keys keep the rows already in
 * order and re-key only the rest (electron/services/store/order-keys.ts); a diff reports only the rest as moved
 * (shared/compare/match.ts).
 */

/** Indexes of a longest strictly ascending subsequence of the defined values (patience sorting, O(n log n)). */
export function longestAscending<T extends string | number>(values: ReadonlyArray<T | undefined>): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest last value of an ascending run of length k + 1
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    if (value === undefined) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.length > 0 ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) kept.add(index);
  return kept;
}
