import { dayNumber, fromDayNumber } from '../../model/dates';
import type { Shift } from '../../model/shift';
import type { IsoDate, Reliability, Statement } from '../../model/types';
import type { Lanes } from '../../state/view-state';
import {
  dayToX,
  periodOf,
  timeScale,
  xToDay,
  type DayRange,
  type TimeScale,
} from './timeline-controller';
import { issueShape, reliabilityShape, type Shape } from './mark-shapes';

export const LANE_HEIGHT = 28;
/** Width of the lane-label column and the label length that fits it; narrower on phones. */
export function labelColumn(width: number): { width: number; chars: number } {
  return width < 560 ? { width: 100, chars: 13 } : { width: 150, chars: 21 };
}
export const AXIS_HEIGHT = 22;
/** The events band between the axis labels and the first lane. */
export const EVENTS_HEIGHT = 24;
const MARGIN_RIGHT = 12;

/** A statement chosen for the timeline: its lane, shape and shift, before any pixels. */
export interface LaneMark {
  readonly statement: Statement;
  readonly day: number;
  readonly lane: number;
  readonly shape: Shape;
  readonly shift: Shift;
}

export interface PlacedMark extends LaneMark {
  readonly x: number;
  readonly y: number;
}

export interface Tick {
  readonly x: number;
  readonly day: IsoDate;
  readonly year: number;
  /** What the label shows: a year, a month, or a day. */
  readonly unit: 'year' | 'month' | 'day';
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** Lane ids are party ids or issue ids, by the lanes mode. */
  readonly lanes: readonly { readonly key: string; readonly y: number }[];
  /** In time order, so keyboard stepping follows time; only those inside the window. */
  readonly marks: readonly PlacedMark[];
  readonly ticks: readonly Tick[];
  readonly labels: { readonly width: number; readonly chars: number };
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number };
  readonly scale: TimeScale;
  readonly xOf: (day: IsoDate) => number;
  readonly dayAt: (x: number) => number;
}

export interface LayoutOptions {
  /** Swimlanes per party (default) or per issue. */
  readonly lanes?: Lanes;
  /** The visible window; default the whole `domain`. */
  readonly range?: DayRange;
  /** Statement id → shift (see `shiftsOf`); missing ids count as restatements. */
  readonly shifts?: ReadonlyMap<string, Shift>;
}

/** The statements on the timeline, in time order, with lane, shape and shift (no pixels yet). */
export function selectMarks(
  statements: readonly Statement[],
  parties: readonly string[],
  issues: readonly string[],
  minRel: Reliability,
  passes: (rel: Reliability, min: Reliability) => boolean,
  options: Pick<LayoutOptions, 'lanes' | 'shifts'> = {},
): LaneMark[] {
  const partyAt = new Map(parties.map((p, i) => [p, i]));
  const issueAt = new Map(issues.map((p, i) => [p, i]));
  const byIssue = options.lanes === 'issue';
  const out: LaneMark[] = [];
  for (const statement of statements) {
    const p = partyAt.get(statement.party);
    const i = issueAt.get(statement.issue);
    if (p === undefined || i === undefined || !passes(statement.reliability, minRel)) continue;
    out.push({
      statement,
      day: dayNumber(statement.date),
      lane: byIssue ? i : p,
      shape: byIssue ? reliabilityShape(statement.reliability) : issueShape(i),
      shift: options.shifts?.get(statement.id) ?? 'restated',
    });
  }
  return out;
}

/** First index in day-sorted `marks` whose day is ≥ `day`. */
export function firstAtOrAfter(marks: readonly { day: number }[], day: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Year ticks for long windows; months or days from the time scale for short ones. */
function ticksOf(scale: TimeScale, r: DayRange, plotWidth: number): Tick[] {
  const toTick = (day: number): Tick => {
    const iso = fromDayNumber(day);
    const unit = iso.endsWith('-01-01') ? 'year' : iso.endsWith('-01') ? 'month' : 'day';
    return { x: dayToX(scale, day), day: iso, year: Number(iso.slice(0, 4)), unit };
  };
  if (r.to - r.from >= 730) {
    const out: Tick[] = [];
    const first = new Date(r.from * 86_400_000).getUTCFullYear();
    const last = new Date(r.to * 86_400_000).getUTCFullYear();
    // A window that starts on 1 January labels that year too.
    for (let year = first; year <= last; year++) {
      const day = Date.UTC(year, 0, 1) / 864e5;
      if (day >= r.from) out.push(toTick(day));
    }
    return out;
  }
  const count = Math.max(2, Math.floor(plotWidth / 90));
  return scale.ticks(count).map((d) => toTick(Math.round(d.getTime() / 86_400_000)));
}

/** The plot's height for `laneCount` lanes: the axis, the events row, the lanes. */
export const plotHeight = (laneCount: number) =>
  AXIS_HEIGHT + EVENTS_HEIGHT + laneCount * LANE_HEIGHT + 4;

/** Lays out already selected marks for one window: only those inside it get a place. */
export function placeMarks(
  selected: readonly LaneMark[],
  domain: { first: IsoDate; last: IsoDate },
  width: number,
  laneCount: number,
  range?: DayRange,
): TimelineLayout {
  const labels = labelColumn(width);
  const r = range ?? periodOf(domain);
  const x0 = labels.width;
  const x1 = Math.max(labels.width + 1, width - MARGIN_RIGHT);
  const scale = timeScale(r, x0, x1);
  const top = AXIS_HEIGHT + EVENTS_HEIGHT;
  const laneY = (i: number) => top + i * LANE_HEIGHT + LANE_HEIGHT / 2;
  const marks: PlacedMark[] = [];
  const end = firstAtOrAfter(selected, Math.floor(r.to) + 1);
  for (let k = firstAtOrAfter(selected, Math.ceil(r.from)); k < end; k++) {
    const m = selected[k]!;
    marks.push({ ...m, x: dayToX(scale, m.day), y: laneY(m.lane) });
  }
  return {
    width,
    height: plotHeight(laneCount),
    lanes: Array.from({ length: laneCount }, (_, i) => ({ key: '', y: laneY(i) })),
    marks,
    ticks: ticksOf(scale, r, x1 - x0),
    labels,
    plot: { x0, x1, top },
    scale,
    xOf: (day) => dayToX(scale, dayNumber(day)),
    dayAt: (px) => Math.round(xToDay(scale, px)),
  };
}

/**
 * Pure layout of the timeline: a lane per party (or per issue), a mark per statement on a chosen
 * issue and party inside the window, x from the date (a month-precision date sits on the 1st of
 * its month), ticks by year, month or day as the window allows.
 */
export function layoutTimeline(
  statements: readonly Statement[],
  parties: readonly string[],
  issues: readonly string[],
  minRel: Reliability,
  domain: { first: IsoDate; last: IsoDate },
  width: number,
  passes: (rel: Reliability, min: Reliability) => boolean,
  options: LayoutOptions = {},
): TimelineLayout {
  const keys = options.lanes === 'issue' ? issues : parties;
  const selected = selectMarks(statements, parties, issues, minRel, passes, options);
  const layout = placeMarks(selected, domain, width, keys.length, options.range);
  return { ...layout, lanes: layout.lanes.map((l, i) => ({ ...l, key: keys[i]! })) };
}
