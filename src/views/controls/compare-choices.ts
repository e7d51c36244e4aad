import { addMonths, clampDay } from '../../model/calendar';
import { isDay } from '../../model/dates';
import type { IsoDate } from '../../model/types';

/**
 * The day `months` months before `at`, moved into the dataset's [first, last];
 * `undefined` when that lands on `at` itself (there is nothing to compare).
 */
export function monthsEarlier(
  at: IsoDate,
  months: number,
  first: IsoDate,
  last: IsoDate,
): IsoDate | undefined {
  const day = clampDay(addMonths(at, -months), first, last);
  return day === at ? undefined : day;
}

/** The comparison date offered when the reader turns comparing on: a year earlier, else the last day. */
export function defaultCompare(at: IsoDate, first: IsoDate, last: IsoDate): IsoDate | undefined {
  return monthsEarlier(at, 12, first, last) ?? (last !== at ? last : undefined);
}

/** What the reader typed, if it is a real day within [first, last]; otherwise `undefined`. */
export function parseCompareInput(raw: string, first: IsoDate, last: IsoDate): IsoDate | undefined {
  if (!isDay(raw)) return undefined;
  return raw >= first && raw <= last ? (raw as IsoDate) : undefined;
}
