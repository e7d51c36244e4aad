import type { DatasetIndex } from '../../model/dataset-index';
import { memoizeLast } from '../../model/memoize';
import { passes } from '../../model/reliability';
import { positionOf, UNKNOWN, type Position } from '../../model/position';
import { shiftBetween, type Shift } from '../../model/shift';
import type { Reliability } from '../../model/types';

/**
 * Statement id → its shift against the previous statement of the same party on the same issue
 * under the reliability filter (as `history` computes it, for every track at once).
 */
function computeShifts(index: DatasetIndex, rel: Reliability): ReadonlyMap<string, Shift> {
  const previous = new Map<string, Position>();
  const out = new Map<string, Shift>();
  for (const s of index.statementsByDate) {
    if (!passes(s.reliability, rel)) continue;
    const key = `${s.party}\u0000${s.issue}`;
    const before = previous.get(key);
    const position = positionOf(s);
    out.set(s.id, before === undefined ? 'new' : shiftBetween(before ?? UNKNOWN, position));
    previous.set(key, position);
  }
  return out;
}

export const shiftsOf = memoizeLast(computeShifts);
