import { statementsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { positionOf, UNKNOWN } from './position';
import type { KnownPosition, Position } from './position';
import { shiftBetween } from './shift';
import type { Shift } from './shift';
import type { Reliability, Statement } from './types';

export interface HistoryEntry {
  readonly statement: Statement;
  readonly position: KnownPosition;
  /** Relative to the previous entry; the first entry is always `new`. */
  readonly shift: Shift;
}

/**
 * Every statement of `party` on `issue` passing `minReliability`, oldest first (date, then file
 * order), each with its shift relative to the previous one (see `Shift`; after a withdrawal the
 * next statement with a stance is `new` again).
 */
export function history(
  index: DatasetIndex,
  party: string,
  issue: string,
  minReliability: Reliability = 'reported',
): readonly HistoryEntry[] {
  let previous: Position = UNKNOWN;
  return statementsOf(index, party, issue, minReliability).map((statement, i) => {
    const position = positionOf(statement);
    const shift = i === 0 ? 'new' : shiftBetween(previous, position);
    previous = position;
    return { statement, position, shift };
  });
}
