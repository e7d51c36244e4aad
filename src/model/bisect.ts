import type { IsoDate } from './types';

interface Dated {
  readonly date: IsoDate;
}

/**
 * Number of items dated on or before `day` in `items` sorted by date (lexical order, so a
 * month-precision `YYYY-MM` sorts before every day of its month). One binary search.
 */
export function countOnOrBefore(items: readonly Dated[], day: IsoDate): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item dated on or before `day` — "as of", never the nearest later one. */
export function latestOnOrBefore<T extends Dated>(
  items: readonly T[],
  day: IsoDate,
): T | undefined {
  const n = countOnOrBefore(items, day);
  return n > 0 ? items[n - 1] : undefined;
}
