import { endDay, startDay } from './dates';
import { passes } from './reliability';
import { RELIABILITY_ORDER } from './types';
import type {
  Dataset,
  IsoDate,
  Issue,
  NegotiationEvent,
  Party,
  Plan,
  Reliability,
  Source,
  Statement,
} from './types';

/**
 * The statements of one party on one issue, oldest first, kept once per minimum reliability:
 * `reported` holds all, `on-record` holds on-record + official, `official` holds official only —
 * so a lookup under any filter is a single binary search.
 * Order: by date (lexical, so `YYYY-MM` precedes `YYYY-MM-01`), then by position in the dataset
 * file — on the same date the statement later in the file comes later and wins.
 */
export type StatementTrack = Readonly<Record<Reliability, readonly Statement[]>>;

/** First and last calendar day the dataset covers (both `YYYY-MM-DD`). */
export interface DateExtent {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** Lookup structures over a validated dataset; build once with `buildIndex`, then only read. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly parties: ReadonlyMap<string, Party>;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly statements: ReadonlyMap<string, Statement>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly plans: ReadonlyMap<string, Plan>;
  readonly events: ReadonlyMap<string, NegotiationEvent>;
  /** issue id → outcome id → rank (its position in `issue.outcomes`, from 0). */
  readonly outcomeRank: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** party id → issue id → track. A pair without statements has no entry. */
  readonly tracks: ReadonlyMap<string, ReadonlyMap<string, StatementTrack>>;
  /** Every statement, in the same order as the tracks (date, then file position). */
  readonly statementsByDate: readonly Statement[];
  /**
   * From the first day to the last day covered by any statement, event (incl. `endDate`) or
   * plan; a month-precision date covers its whole month. `undefined` when there are no dates.
   */
  readonly extent: DateExtent | undefined;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Statements in (date, file position) order: group by date in file order, then sort the distinct
 * dates — O(n + d log d) for d distinct dates, never worse than O(n log n).
 */
function byDate(statements: readonly Statement[]): Statement[] {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const group = groups.get(s.date);
    if (group) group.push(s);
    else groups.set(s.date, [s]);
  }
  const dates = [...groups.keys()].sort();
  return dates.flatMap((d) => groups.get(d)!);
}

function emptyTrack(): Record<Reliability, Statement[]> {
  return { reported: [], 'on-record': [], official: [] };
}

function buildTracks(sorted: readonly Statement[]): Map<string, Map<string, StatementTrack>> {
  const tracks = new Map<string, Map<string, Record<Reliability, Statement[]>>>();
  // Statements arrive already sorted, so appending keeps every track sorted.
  for (const s of sorted) {
    let byIssue = tracks.get(s.party);
    if (!byIssue) tracks.set(s.party, (byIssue = new Map()));
    let track = byIssue.get(s.issue);
    if (!track) byIssue.set(s.issue, (track = emptyTrack()));
    for (const min of RELIABILITY_ORDER) if (passes(s.reliability, min)) track[min].push(s);
  }
  return tracks;
}

function extentOf(dataset: Dataset, sorted: readonly Statement[]): DateExtent | undefined {
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  const add = (d: IsoDate | undefined): void => {
    if (d === undefined) return;
    const a = startDay(d);
    const b = endDay(d);
    if (first === undefined || a < first) first = a;
    if (last === undefined || b > last) last = b;
  };
  // Sorted statements: the first starts earliest; the latest end lies in the last one's month
  // (a `YYYY-MM` sorts before the days of its month but ends after them).
  add(sorted[0]?.date);
  const lastMonth = sorted.at(-1)?.date.slice(0, 7);
  for (let i = sorted.length - 1; i >= 0 && sorted[i]!.date.startsWith(lastMonth!); i--) {
    add(sorted[i]!.date);
  }
  for (const e of dataset.events) {
    add(e.date);
    add(e.endDate);
  }
  for (const p of dataset.plans) add(p.date);
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/**
 * Index a dataset for "as of" lookups. The dataset must already be validated (every reference
 * resolves); on duplicate ids the later entry wins. O(n log n) in the number of statements.
 */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const statementsByDate = byDate(dataset.statements);
  const outcomeRank = new Map(
    dataset.issues.map((issue) => [
      issue.id,
      new Map(issue.outcomes.map((o, rank) => [o.id, rank])) as ReadonlyMap<string, number>,
    ]),
  );
  return {
    dataset,
    parties: byId(dataset.parties),
    issues: byId(dataset.issues),
    statements: byId(dataset.statements),
    sources: byId(dataset.sources),
    plans: byId(dataset.plans),
    events: byId(dataset.events),
    outcomeRank,
    tracks: buildTracks(statementsByDate),
    statementsByDate,
    extent: extentOf(dataset, statementsByDate),
  };
}

/** The sorted statements of `party` on `issue` admitted by `minReliability` (default: all). */
export function statementsOf(
  index: DatasetIndex,
  party: string,
  issue: string,
  minReliability: Reliability = 'reported',
): readonly Statement[] {
  return index.tracks.get(party)?.get(issue)?.[minReliability] ?? [];
}
