import type { DatasetIndex } from './dataset-index';
import { positionAt } from './position';
import type { Position } from './position';
import { relationBetween } from './relation';
import type { Relation } from './relation';
import type { IsoDate, Reliability } from './types';

export type RelationKind = Relation['kind'];

/** Every relation kind, in the order counts are shown: agree · overlap · conflict · unknown. */
export const RELATION_KINDS: readonly RelationKind[] = ['agree', 'overlap', 'conflict', 'unknown'];

/** How a pair of parties relates across several issues. */
export interface RelationTally {
  /** Issues per relation kind; the four counts add up to the number of (distinct) issues. */
  readonly counts: Readonly<Record<RelationKind, number>>;
  /** The issue ids behind each count, in the order the issues were given. */
  readonly issues: Readonly<Record<RelationKind, readonly string[]>>;
  /**
   * Mean of `pairSimilarity` over the issues on which the relation is known, in [-1, 1];
   * `undefined` when it is unknown on every issue.
   */
  readonly score: number | undefined;
}

export interface SummedCell {
  readonly row: string;
  readonly column: string;
  readonly tally: RelationTally;
}

export interface SummedRow {
  readonly party: string;
  /** One cell per party in the order given, including the diagonal (a party with itself). */
  readonly cells: readonly SummedCell[];
}

const WEIGHT: Readonly<Record<RelationKind, number | undefined>> = {
  agree: 1,
  overlap: 0.5,
  conflict: -1,
  unknown: undefined,
};

/** How alike two positions are on one issue: agree 1, overlap 0.5, conflict −1, unknown `undefined`. */
export function pairSimilarity(relation: Relation): number | undefined {
  return WEIGHT[relation.kind];
}

/** The ids once each, first occurrence kept (a duplicate must not count an issue twice). */
function distinct(ids: readonly string[]): readonly string[] {
  return ids.length === new Set(ids).size ? ids : [...new Set(ids)];
}

function tally(relations: readonly Relation[], issues: readonly string[]): RelationTally {
  const byKind: Record<RelationKind, string[]> = {
    agree: [],
    overlap: [],
    conflict: [],
    unknown: [],
  };
  let sum = 0;
  let known = 0;
  relations.forEach((r, k) => {
    byKind[r.kind].push(issues[k]!);
    const w = WEIGHT[r.kind];
    if (w !== undefined) {
      sum += w;
      known += 1;
    }
  });
  return {
    counts: {
      agree: byKind.agree.length,
      overlap: byKind.overlap.length,
      conflict: byKind.conflict.length,
      unknown: byKind.unknown.length,
    },
    issues: byKind,
    score: known === 0 ? undefined : sum / known,
  };
}

/**
 * The known kind that covers most issues — ties go to the more consequential kind
 * (conflict › overlap › agree) — or `unknown` when no issue has a known relation. Unknown issues
 * never outvote known ones: with sparse data most pairs would otherwise read "unknown", and the
 * matrix and its summary should say what is known.
 */
export function dominantKind(t: RelationTally): RelationKind {
  let best: RelationKind = 'unknown';
  for (const kind of ['agree', 'overlap', 'conflict'] as const) {
    if (t.counts[kind] > 0 && (best === 'unknown' || t.counts[kind] >= t.counts[best])) best = kind;
  }
  return best;
}

/**
 * Parties × parties summed over `issues` as of `asOf`: for every pair, how many issues fall in
 * each relation kind, which ones, and a similarity score. Symmetric: each unordered pair is
 * computed once and shared by both cells. Duplicate party or issue ids are taken once.
 * Throws a RangeError naming an issue id that is not in the dataset.
 */
export function summedOverlap(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): readonly SummedRow[] {
  const ps = distinct(parties);
  const is = distinct(issues);
  for (const id of is) {
    if (!index.issues.has(id)) throw new RangeError(`unknown issue: ${JSON.stringify(id)}`);
  }
  // positions[k][i]: party i on issue k — one binary search each.
  const positions: Position[][] = is.map((issue) =>
    ps.map((p) => positionAt(index, p, issue, asOf, minReliability)),
  );
  const tallies: RelationTally[][] = ps.map(() => []);
  for (let i = 0; i < ps.length; i++) {
    for (let j = 0; j <= i; j++) {
      const relations = is.map((issue, k) =>
        relationBetween(index, issue, positions[k]![i]!, positions[k]![j]!),
      );
      const t = tally(relations, is);
      tallies[i]![j] = t;
      tallies[j]![i] = t;
    }
  }
  return ps.map((row, i) => ({
    party: row,
    cells: ps.map((column, j) => ({ row, column, tally: tallies[i]![j]! })),
  }));
}
