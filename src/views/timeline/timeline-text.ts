import { formatDate, pick, type Lang } from '../../i18n/i18n';
import { dayAndMonth, monthName } from '../../i18n/months';
import type { I18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { NegotiationEvent } from '../../model/types';
import type { PlacedEvent } from './events-layout';
import type { PlacedMark, Tick } from './timeline-layout';

/** A tick's label: the year, a short month and year ("Mar 24"), or a day ("4 Mar"). */
export function tickLabel(tick: Tick, lang: Lang): string {
  if (tick.unit === 'year') return String(tick.year);
  const month = Number(tick.day.slice(5, 7));
  if (tick.unit === 'day') return dayAndMonth(Number(tick.day.slice(8, 10)), month, lang, 'short');
  return `${monthName(month, lang, 'short')} ${tick.day.slice(2, 4)}`;
}

let measurer: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in the band's 11px font; an estimate where there is no canvas (jsdom). */
export function measureText(text: string): number {
  if (measurer === undefined) {
    measurer =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (measurer) measurer.font = '11px system-ui, sans-serif';
  }
  return measurer ? measurer.measureText(text).width : text.length * 6;
}

/** "Ukraine, 4 December 2024: NATO membership (hardened) — summary (on record)". */
export function describeMark(mark: PlacedMark, index: DatasetIndex, { t, lang }: I18n): string {
  const s = mark.statement;
  const head = t('timeline.statement', {
    party: pick(index.parties.get(s.party)?.name, lang),
    date: formatDate(s.date, lang),
    issue: pick(index.issues.get(s.issue)?.name, lang),
  });
  const shift =
    mark.shift === 'restated'
      ? ''
      : ` ${t('timeline.list.shift', { shift: t(`shift.${mark.shift}`) })}`;
  return `${head}${shift} — ${pick(s.summary, lang)} (${t(`grade.${s.reliability}`)})`;
}

/** An event's tooltip: kind, date(s), title. */
export function describeEvent(e: PlacedEvent | NegotiationEvent, { t, lang }: I18n): string {
  const event = 'event' in e ? e.event : e;
  const dates = event.endDate
    ? `${formatDate(event.date, lang)} – ${formatDate(event.endDate, lang)}`
    : formatDate(event.date, lang);
  return `${t(`timeline.event.${event.kind}`)}, ${dates}: ${pick(event.title, lang)}`;
}
