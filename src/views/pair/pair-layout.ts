import { scaleLinear } from 'd3-scale';
import { dayNumber } from '../../model/dates';
import type { IssueHistory, PairSegment } from '../../model/pair-history';
import type { IsoDate } from '../../model/types';

const DAY_MS = 86_400_000;
/** The time axis never gets narrower than this; below it the chart scrolls sideways. */
export const MIN_CHART_WIDTH = 480;
export const BAND_HEIGHT = 30;
/** Room for a symbol inside a segment; narrower segments rely on fill and pattern alone. */
export const SYMBOL_MIN_WIDTH = 16;

export interface PlacedSegment {
  readonly x: number;
  readonly width: number;
  readonly segment: PairSegment;
}

export interface PairRow {
  readonly issue: string;
  readonly segments: readonly PlacedSegment[];
}

export interface PairLayout {
  readonly width: number;
  readonly rows: readonly PairRow[];
  readonly ticks: readonly { readonly x: number; readonly year: number }[];
  /** Where the "as of" line goes; `undefined` when the date is outside the domain. */
  readonly atX: number | undefined;
}

const toDate = (day: IsoDate, plusDays = 0) => new Date((dayNumber(day) + plusDays) * DAY_MS);

/**
 * Pure layout of the pair chart: x from the day (a segment covers its start day through the end
 * of its end day; an open end runs to `domain.last`), year ticks on 1 January, the "as of" line.
 */
export function layoutPair(
  histories: readonly IssueHistory[],
  domain: { readonly first: IsoDate; readonly last: IsoDate },
  available: number,
  at: IsoDate,
): PairLayout {
  const width = Math.max(MIN_CHART_WIDTH, Math.floor(available));
  // Dates as epoch milliseconds; scaleUtc would add d3-time-format for labels made with Intl.
  const x = scaleLinear<number>()
    .domain([toDate(domain.first), toDate(domain.last, 1)])
    .range([0, width])
    .clamp(true);
  const rows = histories.map(({ issue, segments }) => ({
    issue,
    segments: segments.map((segment) => {
      const x0 = x(toDate(segment.start));
      const x1 = x(toDate(segment.end ?? domain.last, 1));
      return { x: x0, width: Math.max(1, x1 - x0), segment };
    }),
  }));
  const ticks = [];
  const lastYear = Number(domain.last.slice(0, 4));
  for (let year = Number(domain.first.slice(0, 4)) + 1; year <= lastYear; year++)
    ticks.push({ year, x: x(new Date(Date.UTC(year, 0, 1))) });
  const inside = at >= domain.first && at <= domain.last;
  return { width, rows, ticks, atX: inside ? x(toDate(at)) : undefined };
}

export interface SegmentRef {
  readonly row: number;
  readonly col: number;
}

/** The segment of `row` under pixel `x` (the nearest one when none covers it). */
function segmentUnder(row: PairRow, x: number): number {
  let best = 0;
  let bestDistance = Infinity;
  row.segments.forEach((s, i) => {
    const d = x < s.x ? s.x - x : x > s.x + s.width ? x - s.x - s.width : 0;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * Where a key moves the active segment: Left/Right and Home/End along the issue's row, Up/Down to
 * the segment at the same moment in the neighbouring row that has segments; `undefined` for other
 * keys.
 */
export function moveSegment(
  key: string,
  at: SegmentRef,
  rows: readonly PairRow[],
): SegmentRef | undefined {
  const row = rows[at.row];
  if (!row) return undefined;
  const last = row.segments.length - 1;
  const along = (col: number) => ({ row: at.row, col: Math.max(0, Math.min(last, col)) });
  switch (key) {
    case 'ArrowLeft':
      return along(at.col - 1);
    case 'ArrowRight':
      return along(at.col + 1);
    case 'Home':
      return along(0);
    case 'End':
      return along(last);
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      const here = row.segments[at.col];
      const mid = here ? here.x + here.width / 2 : 0;
      for (let r = at.row + step; r >= 0 && r < rows.length; r += step)
        if (rows[r]!.segments.length > 0) return { row: r, col: segmentUnder(rows[r]!, mid) };
      return at;
    }
    default:
      return undefined;
  }
}
