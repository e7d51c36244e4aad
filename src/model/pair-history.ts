import { statementsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { fromDayNumber, dayNumber, startDay } from './dates';
import { positionAt } from './position';
import { relationBetween } from './relation';
import type { Relation } from './relation';
import type { IsoDate, Reliability, Statement } from './types';

/**
 * A stretch of days over which two parties' relation on one issue stayed the same.
 * `start` and `end` are calendar days (`YYYY-MM-DD`), both inclusive; `end` is `undefined` for
 * the last segment when no `to` was given (it runs on to the dataset's "as of" date).
 */
export interface PairSegment {
  readonly start: IsoDate;
  readonly end: IsoDate | undefined;
  readonly kind: Relation['kind'];
  /** Conflict on an ordered issue: the smallest rank distance. */
  readonly severity?: number | undefined;
  /** Overlap: the outcomes both accept, in outcome order. */
  readonly compromise?: readonly string[] | undefined;
  /** Agree: the outcome both prefer. */
  readonly outcome?: string | undefined;
  /** The statements in force when the segment began (undefined where a party was silent). */
  readonly statementA?: Statement | undefined;
  readonly statementB?: Statement | undefined;
}

export interface IssueHistory {
  readonly issue: string;
  readonly segments: readonly PairSegment[];
}

/** The distinct first days on which either party's statements on `issue` take effect, sorted. */
function changeDays(tracks: readonly (readonly Statement[])[]): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const track of tracks) for (const s of track) days.add(startDay(s.date));
  return [...days].sort();
}

function sameRelation(x: PairSegment, y: PairSegment): boolean {
  return (
    x.kind === y.kind &&
    x.severity === y.severity &&
    x.outcome === y.outcome &&
    (x.compromise ?? []).join('\u0000') === (y.compromise ?? []).join('\u0000')
  );
}

function segmentAt(
  index: DatasetIndex,
  a: string,
  b: string,
  issue: string,
  day: IsoDate,
  minReliability: Reliability,
): PairSegment {
  const pa = positionAt(index, a, issue, day, minReliability);
  const pb = positionAt(index, b, issue, day, minReliability);
  const r = relationBetween(index, issue, pa, pb);
  return {
    start: day,
    end: undefined,
    kind: r.kind,
    severity: r.kind === 'conflict' ? r.severity : undefined,
    compromise: r.kind === 'overlap' ? r.compromise : undefined,
    outcome: r.kind === 'agree' ? r.outcome : undefined,
    statementA: pa.kind === 'known' ? pa.statement : undefined,
    statementB: pb.kind === 'known' ? pb.statement : undefined,
  };
}

const dayBefore = (day: IsoDate): IsoDate => fromDayNumber(dayNumber(day) - 1);

/** One issue's segments: evaluate the relation only where a position can change, then merge. */
export function issueHistory(
  index: DatasetIndex,
  a: string,
  b: string,
  issue: string,
  from: IsoDate,
  to: IsoDate | undefined,
  minReliability: Reliability,
): PairSegment[] {
  const first = startDay(from);
  const last = to === undefined ? undefined : startDay(to);
  if (last !== undefined && last < first) return [];
  const tracks = [a, b].map((p) => statementsOf(index, p, issue, minReliability));
  const starts = [first, ...changeDays(tracks).filter((d) => d > first && (!last || d <= last))];
  const merged: PairSegment[] = [];
  for (const day of starts) {
    const segment = segmentAt(index, a, b, issue, day, minReliability);
    const previous = merged.at(-1);
    if (previous && sameRelation(previous, segment)) continue;
    if (previous) merged[merged.length - 1] = { ...previous, end: dayBefore(day) };
    merged.push(segment);
  }
  const tail = merged.at(-1);
  if (tail && last !== undefined) merged[merged.length - 1] = { ...tail, end: last };
  return merged;
}

/**
 * For each of `issues`, how the relation between parties `a` and `b` (see `Relation`) developed
 * from `from` (default: the dataset's first day) to `to` (default: open-ended). A new segment can
 * begin only on a day one of the two parties' statements on that issue takes effect (a `YYYY-MM`
 * statement from the 1st of its month), so this costs O(k log k) per issue for k statements, not a
 * scan of days. Adjacent segments with the same relation (kind, severity, compromise, agreed
 * outcome) are merged; a merged segment keeps the statements that began it. Before either party
 * spoke the segment is `unknown`; a withdrawal makes it `unknown` again.
 * A dataset without any dates yields an empty list per issue.
 * @throws RangeError when `a === b` — a party's relation to itself is not a history.
 */
export function pairHistory(
  index: DatasetIndex,
  a: string,
  b: string,
  issues: readonly string[],
  from?: IsoDate,
  to?: IsoDate,
  minReliability: Reliability = 'reported',
): IssueHistory[] {
  if (a === b) throw new RangeError(`pairHistory needs two different parties, got "${a}" twice`);
  const start = from ?? index.extent?.first;
  return issues.map((issue) => ({
    issue,
    segments:
      start === undefined ? [] : issueHistory(index, a, b, issue, start, to, minReliability),
  }));
}
