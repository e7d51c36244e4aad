import { RELIABILITY_ORDER } from './types';
import type { Reliability } from './types';

/** Rank of a reliability grade in `RELIABILITY_ORDER`: reported 0 · on-record 1 · official 2. */
export function reliabilityRank(r: Reliability): number {
  return RELIABILITY_ORDER.indexOf(r);
}

/** Negative when `a` is weaker than `b`, zero when equal, positive when stronger (for `sort`). */
export function compareReliability(a: Reliability, b: Reliability): number {
  return reliabilityRank(a) - reliabilityRank(b);
}

/** True when a statement graded `rel` is admitted by the minimum reliability `min`. */
export function passes(rel: Reliability, min: Reliability): boolean {
  return compareReliability(rel, min) >= 0;
}
