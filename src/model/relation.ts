import type { DatasetIndex } from './dataset-index';
import { inOutcomeOrder } from './outcome-order';
import { positionAt } from './position';
import type { KnownPosition, Position } from './position';
import type { IsoDate, Reliability } from './types';

/**
 * How two parties' positions on one issue relate, from their accepted sets A and B:
 * - `agree`: both have the same effective preference (see `KnownPosition.prefers`);
 * - `overlap`: A ∩ B ≠ ∅ — `compromise` is the intersection, in outcome order;
 * - `conflict`: A ∩ B = ∅ — on ordered issues `severity` is the smallest rank distance between an
 *   outcome of A and one of B (≥ 1); on unordered issues it is `undefined`;
 * - `unknown`: either position is unknown, or see the empty-accepts rule on `relationBetween`.
 */
export type Relation =
  | { readonly kind: 'agree'; readonly outcome: string }
  | { readonly kind: 'overlap'; readonly compromise: readonly string[] }
  | { readonly kind: 'conflict'; readonly severity?: number | undefined }
  | { readonly kind: 'unknown' };

const UNKNOWN_RELATION: Relation = Object.freeze({ kind: 'unknown' });

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Smallest |rank(a) − rank(b)| for a ∈ A, b ∈ B; `undefined` on unordered issues. */
function severity(
  index: DatasetIndex,
  issue: string,
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): number | undefined {
  const rank = index.outcomeRank.get(issue);
  if (!rank || !index.issues.get(issue)?.ordered) return undefined;
  let best: number | undefined;
  for (const x of a) {
    const rx = rank.get(x);
    if (rx === undefined) continue;
    for (const y of b) {
      const ry = rank.get(y);
      if (ry === undefined) continue;
      const d = Math.abs(rx - ry);
      if (best === undefined || d < best) best = d;
    }
  }
  return best;
}

/** A position that accepts nothing: conflict only if the other's accepted set hits its red lines. */
function redLinesOnly(empty: KnownPosition, other: KnownPosition): Relation {
  return other.accepts.size > 0 && isSubset(other.accepts, empty.rejects)
    ? { kind: 'conflict', severity: undefined }
    : UNKNOWN_RELATION;
}

/**
 * The relation between two positions on `issue`. Symmetric in `a` and `b`.
 * Rule for a known position with empty `accepts` (only red lines, or a withdrawal): when the
 * other side accepts something and everything it accepts is among these rejects → `conflict`
 * with `severity` undefined (a distance to rejected outcomes is not defined); otherwise `unknown`
 * (including when both accept nothing).
 */
export function relationBetween(
  index: DatasetIndex,
  issue: string,
  a: Position,
  b: Position,
): Relation {
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN_RELATION;
  if (a.accepts.size === 0) return b.accepts.size === 0 ? UNKNOWN_RELATION : redLinesOnly(a, b);
  if (b.accepts.size === 0) return redLinesOnly(b, a);
  if (a.prefers !== undefined && a.prefers === b.prefers) {
    return { kind: 'agree', outcome: a.prefers };
  }
  const common = new Set([...a.accepts].filter((x) => b.accepts.has(x)));
  if (common.size > 0) return { kind: 'overlap', compromise: inOutcomeOrder(index, issue, common) };
  return { kind: 'conflict', severity: severity(index, issue, a.accepts, b.accepts) };
}

/** The relation between parties `p` and `q` on `issue` as of `asOf` (see `Relation`). */
export function relation(
  index: DatasetIndex,
  p: string,
  q: string,
  issue: string,
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): Relation {
  return relationBetween(
    index,
    issue,
    positionAt(index, p, issue, asOf, minReliability),
    positionAt(index, q, issue, asOf, minReliability),
  );
}
