import type { DatasetIndex } from './dataset-index';
import { positionAt } from './position';
import type { Position } from './position';
import { relationBetween } from './relation';
import type { Relation } from './relation';
import type { IsoDate, Issue, Reliability } from './types';

/**
 * What a position says about one outcome. Precedence: `preferred` (the effective preference) ›
 * `accepted` › `rejected` (a red line) › `none` (not addressed, or the position is unknown).
 */
export type OutcomeState = 'preferred' | 'accepted' | 'rejected' | 'none';

export interface OutcomeCell {
  readonly outcome: string;
  readonly state: OutcomeState;
}

export interface PositionCell {
  readonly party: string;
  readonly position: Position;
  /** One entry per outcome of the issue, in outcome order. */
  readonly outcomes: readonly OutcomeCell[];
}

export interface PositionsRow {
  readonly issue: Issue;
  /** One cell per party, in the order given. */
  readonly cells: readonly PositionCell[];
}

export interface OverlapCell {
  readonly row: string;
  readonly column: string;
  readonly relation: Relation;
}

export interface OverlapRow {
  readonly party: string;
  /** One cell per party in the order given, including the diagonal (a party with itself). */
  readonly cells: readonly OverlapCell[];
}

function requireIssue(index: DatasetIndex, id: string): Issue {
  const issue = index.issues.get(id);
  if (!issue) throw new RangeError(`unknown issue: ${JSON.stringify(id)}`);
  return issue;
}

/** The state of one outcome under a position (see `OutcomeState` for the precedence). */
export function outcomeState(position: Position, outcome: string): OutcomeState {
  if (position.kind === 'unknown') return 'none';
  if (position.prefers === outcome) return 'preferred';
  if (position.accepts.has(outcome)) return 'accepted';
  return position.rejects.has(outcome) ? 'rejected' : 'none';
}

/**
 * Issues × parties as of `asOf`: a row per issue, a cell per party with its position and the state
 * of every outcome. Throws a RangeError naming an issue id that is not in the dataset.
 */
export function positionsMatrix(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): readonly PositionsRow[] {
  return issues.map((id) => {
    const issue = requireIssue(index, id);
    return {
      issue,
      cells: parties.map((party) => {
        const position = positionAt(index, party, id, asOf, minReliability);
        const outcomes = issue.outcomes.map((o) => ({
          outcome: o.id,
          state: outcomeState(position, o.id),
        }));
        return { party, position, outcomes };
      }),
    };
  });
}

/**
 * Parties × parties on one issue as of `asOf`: the relation for every ordered pair (symmetric, so
 * each unordered pair is computed once). Throws a RangeError for an issue not in the dataset.
 */
export function overlapMatrix(
  index: DatasetIndex,
  parties: readonly string[],
  issue: string,
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): readonly OverlapRow[] {
  requireIssue(index, issue);
  const positions = parties.map((p) => positionAt(index, p, issue, asOf, minReliability));
  const relations: Relation[][] = parties.map(() => []);
  positions.forEach((a, i) => {
    for (let j = 0; j <= i; j++) {
      const r = relationBetween(index, issue, a, positions[j]!);
      relations[i]![j] = r;
      relations[j]![i] = r;
    }
  });
  return parties.map((row, i) => ({
    party: row,
    cells: parties.map((column, j) => ({ row, column, relation: relations[i]![j]! })),
  }));
}
