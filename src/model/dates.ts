import type { IsoDate } from './types';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day `YYYY-MM-DD` or a month `YYYY-MM`. */
export function isValidDate(s: string): boolean {
  const m = MONTH.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  const d = DAY.exec(s);
  if (!d) return false;
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (mo < 1 || mo > 12 || da < 1) return false;
  return da <= daysInMonth(y, mo);
}

export function isDay(s: string): boolean {
  return DAY.test(s) && isValidDate(s);
}

export function isMonthPrecision(d: IsoDate): boolean {
  return MONTH.test(d);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day a date covers: a month-precision date counts from the 1st of its month.
 * Lexical order already agrees (`2024-06` < `2024-06-01`), so comparisons need no conversion.
 */
export function startDay(d: IsoDate): IsoDate {
  return (isMonthPrecision(d) ? `${d}-01` : d) as IsoDate;
}

/** Days since 1970-01-01 (UTC), for scales. */
export function dayNumber(d: IsoDate): number {
  const s = startDay(d);
  return (
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000
  );
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(Math.round(n) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

export function asIsoDate(s: string): IsoDate | undefined {
  return isValidDate(s) ? (s as IsoDate) : undefined;
}

/**
 * The last day a date covers: a month-precision date runs to the last day of its month;
 * a day is its own last day.
 */
export function endDay(d: IsoDate): IsoDate {
  if (!isMonthPrecision(d)) return d;
  const last = daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)));
  return `${d}-${String(last).padStart(2, '0')}` as IsoDate;
}
