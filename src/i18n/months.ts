import type { Lang } from './i18n';

// Dates are formatted from these tables, not Intl.DateTimeFormat: the first DateTimeFormat a page
// creates loads the browser's calendar data, ~40 ms of main thread (~170 ms on a mid-range
// phone) in the middle of the first render. The words match what Intl gives for en-GB and de-DE
// (tests/unit/i18n.test.ts compares them).
const LONG: Record<Lang, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(
    ' ',
  ),
};
const SHORT: Record<Lang, readonly string[]> = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
  de: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(' '),
};

/** The name of `month` (1–12), long ("September") or short ("Sept"). */
export function monthName(month: number, lang: Lang, length: 'long' | 'short' = 'long'): string {
  return (length === 'long' ? LONG : SHORT)[lang][month - 1] ?? String(month);
}

/** A day of a month as written in `lang`: "4 December" / "4. Dezember" (or "4 Dec" / "4. Dez."). */
export function dayAndMonth(
  day: number,
  month: number,
  lang: Lang,
  length: 'long' | 'short' = 'long',
): string {
  return `${day}${lang === 'de' ? '.' : ''} ${monthName(month, lang, length)}`;
}
