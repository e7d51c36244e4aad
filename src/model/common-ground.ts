import type { DatasetIndex } from './dataset-index';
import { outcomesWhere } from './outcome-order';
import { hasStance, positionAt } from './position';
import type { KnownPosition } from './position';
import type { IsoDate, Reliability } from './types';

/** Where a group of parties could meet on one issue. */
export interface CommonGround {
  /** Outcomes accepted by every party with a position, in outcome order. */
  readonly outcomes: readonly string[];
  /** Parties with no position (no statement, or a withdrawn one), in the order given. */
  readonly unknown: readonly string[];
  /**
   * When `outcomes` is empty: the parties with a position whose removal alone would make the
   * intersection non-empty, in the order given. Needs at least two parties with a position.
   */
  readonly blockers: readonly string[];
  /** `outcomes` is empty, at least two parties have a position, and no single one blocks. */
  readonly deadlock: boolean;
  /** No parties were selected (then everything else is empty/false). */
  readonly empty: boolean;
}

/**
 * The intersection of the accepted sets of `parties` on `issue` as of `asOf`.
 * A party whose position only has red lines (empty `accepts`) has accepted nothing, so it empties
 * the intersection — common ground means outcomes everyone has said yes to. A withdrawn position
 * (empty `accepts` and `rejects`) counts as unknown. A single party gives its own accepted set.
 * Duplicate party ids are counted once.
 */
export function commonGround(
  index: DatasetIndex,
  parties: readonly string[],
  issue: string,
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): CommonGround {
  const ids = [...new Set(parties)];
  if (ids.length === 0) {
    return { outcomes: [], unknown: [], blockers: [], deadlock: false, empty: true };
  }
  const known: { party: string; position: KnownPosition }[] = [];
  const unknown: string[] = [];
  for (const party of ids) {
    const position = positionAt(index, party, issue, asOf, minReliability);
    if (hasStance(position)) known.push({ party, position });
    else unknown.push(party);
  }
  const n = known.length;
  const count = (outcome: string): number =>
    known.reduce((c, k) => c + (k.position.accepts.has(outcome) ? 1 : 0), 0);
  const outcomes = n === 0 ? [] : outcomesWhere(index, issue, (o) => count(o) === n);

  const blockers = new Set<string>();
  if (outcomes.length === 0 && n >= 2) {
    // An outcome accepted by all but one names that one as a blocker.
    for (const o of outcomesWhere(index, issue, (o) => count(o) === n - 1)) {
      const missing = known.find((k) => !k.position.accepts.has(o));
      if (missing) blockers.add(missing.party);
    }
  }
  return {
    outcomes,
    unknown,
    blockers: known.map((k) => k.party).filter((p) => blockers.has(p)),
    deadlock: outcomes.length === 0 && n >= 2 && blockers.size === 0,
    empty: false,
  };
}
