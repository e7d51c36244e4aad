import { commonGround } from './common-ground';
import type { DatasetIndex } from './dataset-index';
import type { CellChange, ChangeKind } from './diff';
import { dominantKind, summedOverlap } from './overlap-sum';
import type { RelationKind, RelationTally } from './overlap-sum';
import { positionAt } from './position';
import { relationBetween } from './relation';
import type { Relation } from './relation';
import type { IsoDate, Reliability } from './types';

/**
 * Facts behind the plain-language summary of a view (DESIGN "Plain-language summary"): ids and
 * counts only, no words — the views put them into sentences in the reader's language.
 */

/**
 * How one issue stands: `common` (≥ 2 parties with a position share an accepted outcome),
 * `blocked` (none shared, and removing one named party would open some), `deadlock` (none shared,
 * no single party to blame), `few` (fewer than two parties with a position).
 */
export type IssueStatus = 'common' | 'blocked' | 'deadlock' | 'few';

export interface IssueFacts {
  readonly issue: string;
  readonly status: IssueStatus;
  /**
   * Outcomes every party with a position accepts, in outcome order; with exactly one such party,
   * its own accepted set (empty when it states only red lines).
   */
  readonly outcomes: readonly string[];
  /** Parties whose removal alone would open common ground (only when `blocked`). */
  readonly blockers: readonly string[];
  /** Parties with a position, in the order given. */
  readonly known: readonly string[];
  /** Parties with no position (none yet, or withdrawn), in the order given. */
  readonly unknown: readonly string[];
}

export interface PositionsTotals {
  readonly total: number;
  readonly common: number;
  /** `blocked + deadlock`: at least two positions and nothing all of them accept. */
  readonly without: number;
  readonly blocked: number;
  readonly deadlock: number;
  readonly few: number;
}

export interface PositionsFacts {
  readonly asOf: IsoDate;
  /** The selected parties the dataset knows, once each, in the order given. */
  readonly parties: readonly string[];
  /** One entry per selected issue the dataset knows, once each, in the order given. */
  readonly issues: readonly IssueFacts[];
  readonly totals: PositionsTotals;
  /** Each party without a position on at least one issue, with those issues (parties' order). */
  readonly silent: readonly { readonly party: string; readonly issues: readonly string[] }[];
}

/** The ids once each that `has` accepts, first occurrence kept. */
function known(ids: readonly string[], has: (id: string) => boolean): string[] {
  return [...new Set(ids)].filter(has);
}

function statusOf(knownCount: number, outcomes: number, blockers: number): IssueStatus {
  if (knownCount < 2) return 'few';
  if (outcomes > 0) return 'common';
  return blockers > 0 ? 'blocked' : 'deadlock';
}

function issueFacts(
  index: DatasetIndex,
  parties: readonly string[],
  issue: string,
  asOf: IsoDate,
  rel: Reliability,
): IssueFacts {
  const ground = commonGround(index, parties, issue, asOf, rel);
  const silent = new Set(ground.unknown);
  const withPosition = parties.filter((p) => !silent.has(p));
  return {
    issue,
    status: statusOf(withPosition.length, ground.outcomes.length, ground.blockers.length),
    outcomes: ground.outcomes,
    blockers: ground.blockers,
    known: withPosition,
    unknown: ground.unknown,
  };
}

function totalsOf(issues: readonly IssueFacts[]): PositionsTotals {
  const count = (s: IssueStatus) => issues.filter((i) => i.status === s).length;
  const [blocked, deadlock] = [count('blocked'), count('deadlock')];
  const [common, few] = [count('common'), count('few')];
  return { total: issues.length, common, without: blocked + deadlock, blocked, deadlock, few };
}

/**
 * Common ground on each of `issues` among `parties` as of `asOf` (statements of at least `rel`).
 * Unknown or repeated ids are skipped; with no party selected every issue list is empty.
 * O(issues × parties × log statements).
 */
export function summarisePositions(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOf: IsoDate,
  rel: Reliability = 'reported',
): PositionsFacts {
  const ps = known(parties, (p) => index.parties.has(p));
  const is = ps.length === 0 ? [] : known(issues, (i) => index.issues.has(i));
  const facts = is.map((issue) => issueFacts(index, ps, issue, asOf, rel));
  const silent = ps
    .map((party) => ({
      party,
      issues: facts.filter((f) => f.unknown.includes(party)).map((f) => f.issue),
    }))
    .filter((s) => s.issues.length > 0);
  return { asOf, parties: ps, issues: facts, totals: totalsOf(facts), silent };
}

/** A pair of parties (`a` before `b` in the selection) and how they relate. */
export interface PairFacts {
  readonly a: string;
  readonly b: string;
  /** On one issue: the relation's kind; summed: its `dominantKind`. */
  readonly kind: RelationKind;
  /** On one issue: the relation itself (compromise set, severity). */
  readonly relation?: Relation | undefined;
  /** Summed: issues per kind for this pair. */
  readonly tally?: RelationTally | undefined;
}

export interface OverlapFacts {
  readonly asOf: IsoDate;
  readonly parties: readonly string[];
  /** The one issue compared, or `undefined` when summed over `issues`. */
  readonly issue: string | undefined;
  /** The issues taken into account: `[issue]`, or the selected ones when summed. */
  readonly issues: readonly string[];
  /** Every unordered pair once, in selection order (a row-major upper triangle). */
  readonly pairs: readonly PairFacts[];
  /** The pairs by kind. Summed: most issues of that kind first, ties in selection order. */
  readonly groups: Readonly<Record<RelationKind, readonly PairFacts[]>>;
}

function groupPairs(pairs: readonly PairFacts[]): Record<RelationKind, PairFacts[]> {
  const groups: Record<RelationKind, PairFacts[]> = {
    agree: [],
    overlap: [],
    conflict: [],
    unknown: [],
  };
  for (const pair of pairs) groups[pair.kind].push(pair);
  for (const [kind, list] of Object.entries(groups) as [RelationKind, PairFacts[]][]) {
    // Array.prototype.sort is stable, so ties keep the selection order.
    list.sort((x, y) => (y.tally?.counts[kind] ?? 0) - (x.tally?.counts[kind] ?? 0));
  }
  return groups;
}

function singlePairs(
  index: DatasetIndex,
  parties: readonly string[],
  issue: string,
  asOf: IsoDate,
  rel: Reliability,
): PairFacts[] {
  const positions = parties.map((p) => positionAt(index, p, issue, asOf, rel));
  const pairs: PairFacts[] = [];
  parties.forEach((a, i) => {
    for (let j = i + 1; j < parties.length; j++) {
      const relation = relationBetween(index, issue, positions[i]!, positions[j]!);
      pairs.push({ a, b: parties[j]!, kind: relation.kind, relation });
    }
  });
  return pairs;
}

function summedPairs(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOf: IsoDate,
  rel: Reliability,
): PairFacts[] {
  const rows = summedOverlap(index, parties, issues, asOf, rel);
  return rows.flatMap((row, i) =>
    row.cells.slice(i + 1).map(({ column, tally }) => ({
      a: row.party,
      b: column,
      kind: dominantKind(tally),
      tally,
    })),
  );
}

/**
 * How every pair of `parties` relates as of `asOf`: on `issue`, or — when `issue` is
 * `undefined` — summed over `issues`. Summed, a pair's `kind` is its `dominantKind` (the known
 * kind covering most issues) and `tally` holds the full counts. Unknown or repeated ids are skipped; an unknown `issue` gives
 * no pairs.
 */
export function summariseOverlap(
  index: DatasetIndex,
  parties: readonly string[],
  issue: string | undefined,
  issues: readonly string[],
  asOf: IsoDate,
  rel: Reliability = 'reported',
): OverlapFacts {
  const ps = known(parties, (p) => index.parties.has(p));
  const scope = known(issue === undefined ? issues : [issue], (i) => index.issues.has(i));
  let pairs: PairFacts[] = [];
  if (scope.length > 0) {
    pairs =
      issue === undefined
        ? summedPairs(index, ps, scope, asOf, rel)
        : singlePairs(index, ps, scope[0]!, asOf, rel);
  }
  return { asOf, parties: ps, issue, issues: scope, pairs, groups: groupPairs(pairs) };
}

/** Change kinds in the order a summary names them: the moves that matter most first. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'hardened',
  'softened',
  'new',
  'dropped',
  'changed',
];

export interface ChangesFacts {
  readonly total: number;
  readonly counts: Readonly<Record<ChangeKind, number>>;
  /** The changes of each kind, in the order given. */
  readonly byKind: Readonly<Record<ChangeKind, readonly CellChange[]>>;
  /** All changes, in the order given. */
  readonly changes: readonly CellChange[];
}

/** Counts and groups `changes` (from `diff`) by kind, keeping their order. */
export function summariseChanges(changes: readonly CellChange[]): ChangesFacts {
  const byKind: Record<ChangeKind, CellChange[]> = {
    hardened: [],
    softened: [],
    new: [],
    dropped: [],
    changed: [],
  };
  for (const change of changes) byKind[change.kind].push(change);
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, byKind[k].length])) as Record<
    ChangeKind,
    number
  >;
  return { total: changes.length, counts, byKind, changes };
}
