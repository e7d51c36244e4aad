import { endDay, startDay } from './dates';
import type { IsoDate } from './types';

/**
 * The day `months` calendar months before (negative) or after `day`, keeping the day of the
 * month where it exists and otherwise taking the month's last day: 2024-03-31 − 1 month is
 * 2024-02-29, 2024-02-29 − 12 months is 2023-02-28. A month-precision date counts from its 1st.
 */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const start = startDay(day);
  const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = `${String(year).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
  const last = endDay(month as IsoDate);
  const wanted = `${month}-${start.slice(8, 10)}`;
  return (wanted < last ? wanted : last) as IsoDate;
}

/** `day` moved into [first, last] (both full days; `first` ≤ `last`). */
export function clampDay(day: IsoDate, first: IsoDate, last: IsoDate): IsoDate {
  return day < first ? first : day > last ? last : day;
}
