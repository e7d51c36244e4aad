import { utcTicks } from 'd3-time';
import { dayNumber, endDay, fromDayNumber, startDay } from '../../model/dates';
import type { IsoDate } from '../../model/types';

/**
 * Headless timeline maths: the visible window as day numbers (days since 1970-01-01, both ends
 * inclusive), day ↔ x, zoom, pan, quick ranges, cursor and overview mapping. No DOM, no React.
 */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** The narrowest window a reader can zoom to, in days. */
export const MIN_SPAN = 7;
const DAY_MS = 86_400_000;

/** The dataset's whole period as day numbers; a month-precision end covers its whole month. */
export function periodOf(bounds: { first: IsoDate; last: IsoDate }): DayRange {
  const from = dayNumber(startDay(bounds.first));
  return { from, to: Math.max(from, dayNumber(endDay(bounds.last))) };
}

/** Room left and right of the period when zoomed out fully: 2% of it, at least one day. */
export function marginOf(period: DayRange): number {
  return Math.max(1, Math.round((period.to - period.from) * 0.02));
}

/** Keeps a window between `MIN_SPAN` days and the whole period plus margins, inside those limits. */
export function clampRange(r: DayRange, period: DayRange): DayRange {
  const margin = marginOf(period);
  const lo = period.from - margin;
  const hi = period.to + margin;
  const span = Math.min(Math.max(r.to - r.from, MIN_SPAN), hi - lo);
  const from = Math.min(Math.max(r.from, lo), hi - span);
  return { from, to: from + span };
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping `anchor` (a day number) at the same place on screen,
 * as under the mouse pointer or between two fingers.
 */
export function zoomAbout(r: DayRange, factor: number, anchor: number, period: DayRange): DayRange {
  if (!(factor > 0) || !Number.isFinite(factor)) return r;
  const span = r.to - r.from;
  const share = span > 0 ? (anchor - r.from) / span : 0.5;
  const next = Math.max(MIN_SPAN, span / factor);
  const from = anchor - share * next;
  return clampRange({ from, to: from + next }, period);
}

/** Wheel delta (pixels) → zoom factor; exponential, so zooming in and back out returns home. */
export function wheelFactor(deltaY: number): number {
  return Math.exp(-deltaY * 0.002);
}

/** Moves the window with a drag of `dx` pixels on a plot `width` pixels wide (drag right → earlier). */
export function panByPixels(r: DayRange, dx: number, width: number, period: DayRange): DayRange {
  if (width <= 0) return r;
  const shift = (-dx * (r.to - r.from)) / width;
  return clampRange({ from: r.from + shift, to: r.to + shift }, period);
}

/** Pans by a share of the window (keyboard: ±0.1). */
export function panByShare(r: DayRange, share: number, period: DayRange): DayRange {
  const shift = share * (r.to - r.from);
  return clampRange({ from: r.from + shift, to: r.to + shift }, period);
}

/** Dates onto pixels, with UTC calendar ticks: the part of d3's time scale the timeline uses. */
export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  range(): number[];
  ticks(count: number): Date[];
}

/**
 * A UTC time scale from the window onto the plot's pixels `[x0, x1]`: linear over epoch
 * milliseconds, with d3-time's calendar ticks. d3-scale's time or linear scale would bring
 * d3-interpolate, d3-color and d3-format for this one line of arithmetic — 9 KB gzip that the
 * timeline embed (budget 120 KB) cannot spare.
 */
export function timeScale(r: DayRange, x0: number, x1: number): TimeScale {
  const t0 = r.from * DAY_MS;
  const t1 = r.to * DAY_MS;
  const right = Math.max(x0 + 1, x1);
  const k = (right - x0) / (t1 - t0 || 1);
  const scale = ((date: Date) => x0 + (date.getTime() - t0) * k) as TimeScale;
  scale.invert = (x) => new Date(t0 + (x - x0) / k);
  scale.range = () => [x0, right];
  scale.ticks = (count) => utcTicks(new Date(t0), new Date(t1), count);
  return scale;
}

export function dayToX(scale: TimeScale, day: number): number {
  return scale(new Date(day * DAY_MS));
}

export function xToDay(scale: TimeScale, x: number): number {
  return scale.invert(x).getTime() / DAY_MS;
}

/** The day under pixel `x` for the "as of" cursor: a whole day, never outside the data. */
export function cursorDay(scale: TimeScale, x: number, period: DayRange): number {
  return Math.min(period.to, Math.max(period.from, Math.round(xToDay(scale, x))));
}

/**
 * The window for a `from`/`to` pair from the URL: `undefined`, reversed, or wholly outside the
 * data → the whole period; month precision covers whole months; too wide or narrow → clamped.
 */
export function rangeFromDates(
  dates: { readonly from: IsoDate; readonly to: IsoDate } | undefined,
  period: DayRange,
): DayRange {
  if (!dates) return period;
  const from = dayNumber(startDay(dates.from));
  const to = dayNumber(endDay(dates.to));
  if (!(from < to) || to < period.from || from > period.to) return period;
  return clampRange({ from, to }, period);
}

/** Whether a window shows (at least) the whole period: then the URL carries no range. */
export function isWhole(r: DayRange, period: DayRange): boolean {
  return r.from <= period.from + 0.5 && r.to >= period.to - 0.5;
}

/** The window as whole days for the URL, or `undefined` when it shows the whole period. */
export function rangeToDates(
  r: DayRange,
  period: DayRange,
): { readonly from: IsoDate; readonly to: IsoDate } | undefined {
  if (isWhole(r, period)) return undefined;
  const from = Math.max(period.from, Math.floor(r.from));
  const to = Math.min(period.to, Math.ceil(r.to));
  return { from: fromDayNumber(from), to: fromDayNumber(Math.max(to, from + 1)) };
}

export type QuickRange =
  | { readonly kind: 'year'; readonly year: number; readonly range: DayRange }
  | { readonly kind: 'since'; readonly year: number; readonly range: DayRange }
  | { readonly kind: 'all'; readonly range: undefined };

/** Days a year must overlap the period to get a button: a fortnight of data is no year. */
const YEAR_MIN_DAYS = 120;

/**
 * Buttons for the years the data covers substantially (at most the last `maxYears`), "since <the
 * last such year>" when the data runs past it, and "all".
 */
export function quickRanges(period: DayRange, maxYears = 4): readonly QuickRange[] {
  const first = new Date(period.from * DAY_MS).getUTCFullYear();
  const last = new Date(period.to * DAY_MS).getUTCFullYear();
  const years: { year: number; range: DayRange }[] = [];
  for (let year = first; year <= last; year++) {
    const range = {
      from: Date.UTC(year, 0, 1) / DAY_MS,
      to: Date.UTC(year, 11, 31) / DAY_MS,
    };
    const covered = Math.min(range.to, period.to) - Math.max(range.from, period.from) + 1;
    if (covered >= YEAR_MIN_DAYS) years.push({ year, range });
  }
  const shown = years.slice(-maxYears);
  const out: QuickRange[] = shown.map((y) => ({ kind: 'year', ...y }));
  const lastYear = shown.at(-1);
  if (lastYear && period.to > lastYear.range.to)
    out.push({
      kind: 'since',
      year: lastYear.year,
      range: clampRange({ from: lastYear.range.from, to: period.to }, period),
    });
  out.push({ kind: 'all', range: undefined });
  return out;
}

/** Whether window `r` is (about) quick range `q`'s window — for `aria-pressed`. */
export function isQuickRange(q: QuickRange, r: DayRange, period: DayRange): boolean {
  if (!q.range) return isWhole(r, period);
  return Math.abs(q.range.from - r.from) < 1 && Math.abs(q.range.to - r.to) < 1;
}

/** The overview strip: the whole period plus margins on `[x0, x1]`, and the window on it. */
export function overviewWindow(
  r: DayRange,
  period: DayRange,
  x0: number,
  x1: number,
): { readonly x: number; readonly width: number } {
  const margin = marginOf(period);
  const scale = timeScale({ from: period.from - margin, to: period.to + margin }, x0, x1);
  const a = dayToX(scale, r.from);
  const b = dayToX(scale, r.to);
  return { x: a, width: Math.max(4, b - a) };
}

/** Dragging the overview window by `dx` pixels moves it with the pointer (opposite of panning). */
export function overviewDrag(
  r: DayRange,
  dx: number,
  period: DayRange,
  stripWidth: number,
): DayRange {
  if (stripWidth <= 0) return r;
  const margin = marginOf(period);
  const shift = (dx * (period.to - period.from + 2 * margin)) / stripWidth;
  return clampRange({ from: r.from + shift, to: r.to + shift }, period);
}

/** Centres the window on the day under `x` on the overview strip (a click beside the window). */
export function overviewCentre(
  r: DayRange,
  x: number,
  period: DayRange,
  x0: number,
  x1: number,
): DayRange {
  const margin = marginOf(period);
  const scale = timeScale({ from: period.from - margin, to: period.to + margin }, x0, x1);
  const day = xToDay(scale, x);
  const half = (r.to - r.from) / 2;
  return clampRange({ from: day - half, to: day + half }, period);
}
