import { countOnOrBefore } from './bisect';
import type { DatasetIndex } from './dataset-index';
import { startDay } from './dates';
import type { IsoDate } from './types';

/**
 * The day of the nearest statement strictly after (`+1`) or before (`-1`) `at`, for stepping the
 * "As of" date from one statement to the next; `undefined` when there is none that way.
 * A month-precision statement is reached on the first day of its month.
 */
export function adjacentStatementDay(
  index: DatasetIndex,
  at: IsoDate,
  direction: 1 | -1,
): IsoDate | undefined {
  const list = index.statementsByDate;
  const n = countOnOrBefore(list, at);
  if (direction === 1) {
    for (let i = n; i < list.length; i++) {
      const day = startDay(list[i]!.date);
      if (day > at) return day;
    }
    return undefined;
  }
  for (let i = n - 1; i >= 0; i--) {
    const day = startDay(list[i]!.date);
    if (day < at) return day;
  }
  return undefined;
}
