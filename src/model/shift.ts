import { hasStance } from './position';
import type { Position } from './position';

/**
 * How a position moved from one statement (or date) to the next:
 * - `new`: from no position (none yet, or withdrawn) to one;
 * - `restated`: same accepted and rejected sets (a changed preference alone is a restatement);
 * - `hardened`: accepts shrank (strict subset) while rejects did not shrink, or accepts stayed
 *   the same and rejects grew (strict superset);
 * - `softened`: the mirror image — accepts grew while rejects did not grow, or accepts stayed the
 *   same and rejects shrank;
 * - `dropped`: the position was withdrawn (empty accepts and rejects) or became unknown;
 * - `changed`: anything else (e.g. different outcomes, or accepts shrank while rejects shrank).
 * The rules are mirror images, so `shiftBetween(b, a)` is the inverse of `shiftBetween(a, b)`
 * (new ↔ dropped, hardened ↔ softened; restated and changed stay).
 */
export type Shift = 'new' | 'restated' | 'hardened' | 'softened' | 'changed' | 'dropped';

type Order = 'equal' | 'subset' | 'superset' | 'other';

/** How set `a` relates to set `b`: equal, strict subset, strict superset, or neither. */
function compareSets(a: ReadonlySet<string>, b: ReadonlySet<string>): Order {
  let aInB = true;
  for (const x of a) if (!b.has(x)) aInB = false;
  let bInA = true;
  for (const x of b) if (!a.has(x)) bInA = false;
  if (aInB && bInA) return 'equal';
  if (aInB) return 'subset';
  return bInA ? 'superset' : 'other';
}

/** The shift from position `before` to position `after` (see `Shift`). */
export function shiftBetween(before: Position, after: Position): Shift {
  const had = hasStance(before);
  const has = hasStance(after);
  if (!had || !has) return had ? 'dropped' : has ? 'new' : 'restated';
  const accepts = compareSets(after.accepts, before.accepts);
  const rejects = compareSets(after.rejects, before.rejects);
  if (accepts === 'equal') {
    if (rejects === 'equal') return 'restated';
    if (rejects === 'superset') return 'hardened';
    return rejects === 'subset' ? 'softened' : 'changed';
  }
  if (accepts === 'subset' && (rejects === 'equal' || rejects === 'superset')) return 'hardened';
  if (accepts === 'superset' && (rejects === 'equal' || rejects === 'subset')) return 'softened';
  return 'changed';
}
