import { statementsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { startDay } from './dates';
import { positionOf, UNKNOWN } from './position';
import type { Position } from './position';
import { shiftBetween } from './shift';
import type { StepFilter } from './stepping';
import type { IsoDate, Statement } from './types';

/**
 * The days on which one track (one party on one issue, already filtered by reliability) shifts:
 * the position at the end of the day differs in kind from the one at the end of the day before.
 * Statements sharing a first day (same date, or a `YYYY-MM` and the 1st of its month) count as
 * one step, and the one later in the track wins — as `positionAt` sees it.
 */
function trackShiftDays(track: readonly Statement[], into: Set<IsoDate>): void {
  let previous: Position = UNKNOWN;
  for (let i = 0; i < track.length; i++) {
    const day = startDay(track[i]!.date);
    const next = track[i + 1];
    if (next && startDay(next.date) === day) continue;
    const position = positionOf(track[i]!);
    if (shiftBetween(previous, position) !== 'restated') into.add(day);
    previous = position;
  }
}

function computeShiftDays(index: DatasetIndex, filter: StepFilter): readonly IsoDate[] {
  const days = new Set<IsoDate>();
  for (const party of filter.parties) {
    for (const issue of filter.issues) {
      trackShiftDays(statementsOf(index, party, issue, filter.minReliability), days);
    }
  }
  return Object.freeze([...days].sort());
}

/** A content key, so an equal filter rebuilt by a render still hits the cache. */
function filterKey(filter: StepFilter): string {
  return [
    [...filter.parties].sort().join(','),
    [...filter.issues].sort().join(','),
    filter.minReliability,
  ].join('|');
}

// A few filters per index: switching back and forth between selections stays instant.
const CACHE_SIZE = 8;
const cache = new WeakMap<DatasetIndex, Map<string, readonly IsoDate[]>>();

/**
 * The sorted, unique days (`YYYY-MM-DD`) on which at least one position the view shows changes
 * in kind — `new`, `hardened`, `softened`, `changed` or `dropped`; restatements do not count.
 * Only parties and issues in `filter` and statements passing its reliability count. A
 * month-precision statement shifts on the 1st of its month. Computed per party × issue from the
 * sorted tracks (O(statements shown)), and remembered per index and filter contents.
 */
export function shiftDays(index: DatasetIndex, filter: StepFilter): readonly IsoDate[] {
  let byFilter = cache.get(index);
  if (!byFilter) cache.set(index, (byFilter = new Map()));
  const key = filterKey(filter);
  let days = byFilter.get(key);
  if (!days) {
    days = computeShiftDays(index, filter);
    if (byFilter.size >= CACHE_SIZE) byFilter.delete(byFilter.keys().next().value!);
    byFilter.set(key, days);
  }
  return days;
}

/** Number of `days` (sorted) before `at`, or on or before it when `inclusive`. Binary search. */
function countBefore(days: readonly IsoDate[], at: IsoDate, inclusive: boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < at || (inclusive && days[mid] === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first shift day strictly after (`1`) or the last strictly before (`-1`) `at`, or
 * `undefined` when there is none that way. `days` must be sorted (as `shiftDays` returns them);
 * a month-precision `at` means the 1st of its month.
 */
export function nextShiftDay(
  days: readonly IsoDate[],
  at: IsoDate,
  direction: 1 | -1,
): IsoDate | undefined {
  const day = startDay(at);
  if (direction === 1) return days[countBefore(days, day, true)];
  const before = countBefore(days, day, false);
  return before > 0 ? days[before - 1] : undefined;
}
