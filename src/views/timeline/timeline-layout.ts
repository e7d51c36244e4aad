import { scaleLinear } from 'd3-scale';
import { dayNumber } from '../../model/dates';
import type { IsoDate, Reliability, Statement } from '../../model/types';

export const LANE_HEIGHT = 28;
/** Width of the lane-label column and the label length that fits it; narrower on phones. */
export function labelColumn(width: number): { width: number; chars: number } {
  return width < 560 ? { width: 100, chars: 13 } : { width: 150, chars: 21 };
}
export const AXIS_HEIGHT = 22;
const MARGIN_RIGHT = 12;

export interface PlacedMark {
  readonly x: number;
  readonly y: number;
  readonly statement: Statement;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly { readonly party: string; readonly y: number }[];
  /** In time order, so keyboard stepping follows time. */
  readonly marks: readonly PlacedMark[];
  readonly ticks: readonly { readonly x: number; readonly year: number }[];
  readonly labels: { readonly width: number; readonly chars: number };
  readonly xOf: (day: IsoDate) => number;
  readonly dayAt: (x: number) => number;
}

/**
 * Pure layout of the thin timeline: a lane per party, a mark per statement on a chosen issue,
 * x from the date (a month-precision date sits on the 1st of its month), year ticks.
 */
export function layoutTimeline(
  statements: readonly Statement[],
  parties: readonly string[],
  issues: readonly string[],
  minRel: Reliability,
  domain: { first: IsoDate; last: IsoDate },
  width: number,
  passes: (rel: Reliability, min: Reliability) => boolean,
): TimelineLayout {
  const labels = labelColumn(width);
  const laneOf = new Map(parties.map((p, i) => [p, i]));
  const chosen = new Set(issues);
  const x = scaleLinear()
    .domain([dayNumber(domain.first), dayNumber(domain.last)])
    .range([labels.width, Math.max(labels.width + 1, width - MARGIN_RIGHT)])
    .clamp(true);
  const laneY = (i: number) => AXIS_HEIGHT + i * LANE_HEIGHT + LANE_HEIGHT / 2;
  const marks: PlacedMark[] = [];
  for (const statement of statements) {
    const lane = laneOf.get(statement.party);
    if (
      lane === undefined ||
      !chosen.has(statement.issue) ||
      !passes(statement.reliability, minRel)
    )
      continue;
    marks.push({ x: x(dayNumber(statement.date)), y: laneY(lane), statement });
  }
  const firstYear = Number(domain.first.slice(0, 4));
  const lastYear = Number(domain.last.slice(0, 4));
  const ticks = [];
  for (let year = firstYear + 1; year <= lastYear; year++)
    ticks.push({ year, x: x(dayNumber(`${year}-01-01` as IsoDate)) });
  return {
    width,
    height: AXIS_HEIGHT + parties.length * LANE_HEIGHT + 4,
    lanes: parties.map((party, i) => ({ party, y: laneY(i) })),
    marks,
    ticks,
    labels,
    xOf: (day) => x(dayNumber(day)),
    dayAt: (px) => Math.round(x.invert(px)),
  };
}
