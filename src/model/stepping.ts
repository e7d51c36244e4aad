import { countOnOrBefore } from './bisect';
import type { DatasetIndex } from './dataset-index';
import { startDay } from './dates';
import { passes } from './reliability';
import type { IsoDate, Reliability, Statement } from './types';

/** Which statements count when stepping: those the current view shows. */
export interface StepFilter {
  readonly parties: ReadonlySet<string>;
  readonly issues: ReadonlySet<string>;
  readonly minReliability: Reliability;
}

const shown = (s: Statement, f: StepFilter | undefined) =>
  !f ||
  (f.parties.has(s.party) && f.issues.has(s.issue) && passes(s.reliability, f.minReliability));

/**
 * The day of the nearest statement strictly after (`+1`) or before (`-1`) `at`, for stepping the
 * "As of" date from one statement to the next; `undefined` when there is none that way.
 * A month-precision statement is reached on the first day of its month. With a `filter`, only
 * statements the view shows count, so every step changes something visible.
 */
export function adjacentStatementDay(
  index: DatasetIndex,
  at: IsoDate,
  direction: 1 | -1,
  filter?: StepFilter,
): IsoDate | undefined {
  const list = index.statementsByDate;
  const n = countOnOrBefore(list, at);
  if (direction === 1) {
    for (let i = n; i < list.length; i++) {
      const day = startDay(list[i]!.date);
      if (day > at && shown(list[i]!, filter)) return day;
    }
    return undefined;
  }
  for (let i = n - 1; i >= 0; i--) {
    const day = startDay(list[i]!.date);
    if (day < at && shown(list[i]!, filter)) return day;
  }
  return undefined;
}
