import { commonGround } from '../../model/common-ground';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, Issue, Outcome, Reliability } from '../../model/types';

/**
 * How one issue stands for the chosen parties:
 * `common` — at least two parties have a position and some outcome is accepted by all of them;
 * `blocked` — no such outcome, and naming who blocks is possible (see `blockers`);
 * `deadlock` — no such outcome, and no single party's removal would open one;
 * `few` — fewer than two parties have a position, so common ground cannot be judged.
 */
export type GroundStatus = 'common' | 'blocked' | 'deadlock' | 'few';

export const GROUND_STATUSES: readonly GroundStatus[] = ['common', 'blocked', 'deadlock', 'few'];

/** One row of the common-ground table; party ids, no display text. */
export interface GroundRow {
  readonly issue: Issue;
  readonly status: GroundStatus;
  /**
   * The outcomes every party with a position accepts, in the issue's outcome order (scale order
   * when ordered). When exactly one party has a position: that party's own accepted set.
   */
  readonly outcomes: readonly Outcome[];
  /** Parties whose removal alone would open common ground (only when `blocked`). */
  readonly blockers: readonly string[];
  /** Parties with a position, in the order given. */
  readonly known: readonly string[];
  /** Parties with no position (none yet, or withdrawn), in the order given. */
  readonly unknown: readonly string[];
}

export type GroundTally = Readonly<Record<GroundStatus, number>> & { readonly total: number };

export interface GroundTable {
  /** The selected parties that exist in the dataset, deduplicated, in the order given. */
  readonly parties: readonly string[];
  /** One row per selected issue that exists in the dataset, in the order given. */
  readonly rows: readonly GroundRow[];
  readonly tally: GroundTally;
}

function statusOf(known: number, outcomes: number, blockers: number): GroundStatus {
  if (known < 2) return 'few';
  if (outcomes > 0) return 'common';
  return blockers > 0 ? 'blocked' : 'deadlock';
}

/** One issue's row: the model's common ground plus who has a position and the status. */
export function groundRow(
  index: DatasetIndex,
  parties: readonly string[],
  issue: Issue,
  asOf: IsoDate,
  rel: Reliability,
): GroundRow {
  const ground = commonGround(index, parties, issue.id, asOf, rel);
  const silent = new Set(ground.unknown);
  const known = parties.filter((p) => !silent.has(p));
  const accepted = new Set(ground.outcomes);
  return {
    issue,
    status: statusOf(known.length, ground.outcomes.length, ground.blockers.length),
    outcomes: issue.outcomes.filter((o) => accepted.has(o.id)),
    blockers: ground.blockers,
    known,
    unknown: ground.unknown,
  };
}

/** Counts rows per status. */
export function tallyRows(rows: readonly GroundRow[]): GroundTally {
  const tally = { total: rows.length, common: 0, blocked: 0, deadlock: 0, few: 0 };
  for (const row of rows) tally[row.status] += 1;
  return tally;
}

/**
 * The common-ground table for `parties` × `issues` as of `asOf`, admitting statements of at least
 * `rel` reliability. Ids missing from the dataset are skipped; duplicate parties count once.
 * O(issues × parties × log statements).
 */
export function commonGroundTable(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOf: IsoDate,
  rel: Reliability = 'reported',
): GroundTable {
  const chosen = [...new Set(parties)].filter((p) => index.parties.has(p));
  const rows: GroundRow[] = [];
  if (chosen.length > 0) {
    for (const id of issues) {
      const issue = index.issues.get(id);
      if (issue) rows.push(groundRow(index, chosen, issue, asOf, rel));
    }
  }
  return { parties: chosen, rows, tally: tallyRows(rows) };
}
