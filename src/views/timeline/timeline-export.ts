import { formatDate, formatList, pick, translate, type Lang } from '../../i18n/i18n';
import { makeI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { fromDayNumber } from '../../model/dates';
import { passes } from '../../model/reliability';
import type { IsoDate, Issue, Reliability, Statement } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import type { Lanes } from '../../state/view-state';
import { toCsv } from '../../export/csv';
import { datasetFile } from '../../export/dataset-json';
import { exportBase } from '../../export/filename';
import { distinctSources, statementSourcesText } from '../../export/source-text';
import { frameSvg } from '../../export/svg-frame';
import type { ExportFiles } from '../../export/types';
import { eventsInRange } from './events-layout';
import { periodOf, rangeFromDates, type DayRange } from './timeline-controller';
import { layoutTimeline, type PlacedMark } from './timeline-layout';
import { timelineBody, timelineLegend } from './timeline-export-svg';
import { shiftsOf } from './timeline-shifts';

/** The timeline as the reader sees it: same selection, window, lanes, filter and language. */
export interface TimelineExportInput {
  readonly index: DatasetIndex;
  readonly lang: Lang;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly rel: Reliability;
  readonly at: IsoDate;
  /** The URL's `from`/`to`; `undefined` = the whole period (as the timeline reads it). */
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | undefined;
  readonly lanes: Lanes;
  readonly url: string;
  /** Width of the drawing in CSS pixels. Default 960. */
  readonly width?: number;
}

/** "prefers X; accepts Y; rejects Z": a statement's stance in words. */
function stanceText(s: Statement, issue: Issue | undefined, lang: Lang): string {
  const label = (id: string) => pick(issue?.outcomes.find((o) => o.id === id)?.label, lang) || id;
  const parts: string[] = [];
  if (s.prefers) parts.push(translate(lang, 'cell.prefers', { outcome: label(s.prefers) }));
  const others = s.accepts.filter((id) => id !== s.prefers).map(label);
  if (others.length)
    parts.push(translate(lang, 'cell.accepts', { list: formatList(others, lang) }));
  const rejects = (s.rejects ?? []).map(label);
  if (rejects.length)
    parts.push(translate(lang, 'cell.rejects', { list: formatList(rejects, lang) }));
  return parts.join('; ');
}

/** One CSV row per statement in view, in time order. */
export function statementsCsv(
  index: DatasetIndex,
  marks: readonly PlacedMark[],
  lang: Lang,
): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const via = t('details.via');
  const header = [
    'statementDate',
    'party',
    'speaker',
    'issue',
    'summary',
    'position',
    'shift',
    'reliability',
    'sources',
  ] as const;
  const rows = marks.map(({ statement: s, shift }) => {
    const party = index.parties.get(s.party);
    const issue = index.issues.get(s.issue);
    return [
      s.date,
      pick(party?.name, lang),
      party?.speakers.find((sp) => sp.id === s.speaker)?.name,
      pick(issue?.name, lang),
      pick(s.summary, lang),
      stanceText(s, issue, lang),
      t(`shift.${shift}`),
      t(`grade.${s.reliability}`),
      statementSourcesText(index, s, via),
    ];
  });
  return toCsv(
    header.map((k) => t(`export.col.${k}`)),
    rows,
  );
}

function summaryText(
  marks: readonly PlacedMark[],
  events: number,
  dates: { from: string; to: string },
  lang: Lang,
) {
  if (marks.length === 0) return translate(lang, 'export.timeline.summaryNone', dates);
  const count = (shift: string) => marks.filter((m) => m.shift === shift).length;
  return translate(lang, 'export.timeline.summary', {
    ...dates,
    count: marks.length,
    events,
    shifts: marks.filter((m) => m.shift !== 'restated' && m.shift !== 'new').length,
    hardened: count('hardened'),
    softened: count('softened'),
  });
}

/** The visible window's first and last day, inside the dataset's period (as the toolbar says). */
function windowDays(window: DayRange, period: DayRange) {
  return {
    from: fromDayNumber(Math.max(period.from, Math.round(window.from))),
    to: fromDayNumber(Math.min(period.to, Math.round(window.to))),
  };
}

/**
 * Everything the timeline exports — SVG, CSV of the statements in view, handout content,
 * dataset — laid out with the timeline's own `layoutTimeline` for the same window and lanes.
 */
export function timelineExportFiles(input: TimelineExportInput): ExportFiles {
  const { index, lang, parties, issues, rel, lanes } = input;
  const { dataset } = index;
  const bounds = datasetBounds(index);
  const period = periodOf(bounds);
  const window = rangeFromDates(input.range, period);
  const layout = layoutTimeline(
    index.statementsByDate,
    parties,
    issues,
    rel,
    bounds,
    input.width ?? 960,
    passes,
    {
      lanes,
      range: window,
      shifts: shiftsOf(index, rel),
    },
  );
  const keys = lanes === 'issue' ? issues : parties;
  const days = windowDays(window, period);
  const dates = { from: formatDate(days.from, lang), to: formatDate(days.to, lang) };
  const datasetTitle = pick(dataset.title, lang);
  const title = translate(lang, 'export.title', {
    dataset: datasetTitle,
    view: translate(lang, 'timeline.label'),
  });
  let asOf = translate(lang, 'export.timeline.window', {
    ...dates,
    date: formatDate(input.at, lang),
  });
  if (rel !== 'reported')
    asOf += ` ${translate(lang, 'export.reliability', { grade: translate(lang, `reliability.${rel}`) })}`;
  const statements = layout.marks.map((m) => m.statement);
  const body = timelineBody({
    index,
    i18n: makeI18n(lang),
    layout,
    window,
    lanes,
    keys,
    at: input.at,
  });
  const svg = frameSvg({
    lang,
    title,
    asOf,
    body,
    bodyWidth: layout.width,
    bodyHeight: layout.height + 14,
    legend: timelineLegend(index, issues, lanes, lang),
    source: translate(lang, 'export.sourceLine', {
      dataset: datasetTitle,
      version: dataset.version,
      count: statements.length,
      url: input.url,
    }),
  });
  const events = eventsInRange(dataset.events, window).length;
  return {
    base: exportBase([dataset.id, 'timeline', days.from, days.to]),
    svg,
    csv: statementsCsv(index, layout.marks, lang),
    handout: {
      title,
      asOf,
      summary: summaryText(layout.marks, events, dates, lang),
      imageAlt: `${title}. ${asOf}`,
      sources: distinctSources(index, statements),
    },
    dataset: () => datasetFile(dataset),
  };
}
