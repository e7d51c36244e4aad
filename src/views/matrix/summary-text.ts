import { formatDate, formatList, translate, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { diff } from '../../model/diff';
import type { ChangeKind } from '../../model/diff';
import {
  CHANGE_KINDS,
  summariseChanges,
  summariseOverlap,
  summarisePositions,
} from '../../model/summary';
import type { ChangesFacts, OverlapFacts, PositionsFacts } from '../../model/summary';
import type { IsoDate, Reliability } from '../../model/types';
import { overlapSentences } from './summary-overlap-text';
import { positionsSentences } from './summary-positions-text';
import { cappedList, namesOf, num } from './summary-words';
import type { Names } from './summary-words';

/** At most this many sentences: a summary, not a report. */
const MAX_SENTENCES = 4;

const join = (sentences: readonly string[]) => sentences.slice(0, MAX_SENTENCES).join(' ');

/** The positions view in words (see `positionsSentences`). */
export function positionsSummaryText(
  facts: PositionsFacts,
  index: DatasetIndex,
  lang: Lang,
): string {
  return join(positionsSentences(facts, namesOf(index, lang)));
}

/** The overlap view in words (see `overlapSentences`). */
export function overlapSummaryText(facts: OverlapFacts, index: DatasetIndex, lang: Lang): string {
  return join(overlapSentences(facts, namesOf(index, lang)));
}

function changesLead(
  facts: ChangesFacts,
  kinds: readonly ChangeKind[],
  dates: { from: string; to: string },
  lang: Lang,
): string {
  if (facts.total === 1) return translate(lang, 'summary.cmp.leadOne', dates);
  const count = num(facts.total, lang);
  if (kinds.length === 1)
    return translate(lang, 'summary.cmp.leadSame', {
      ...dates,
      count,
      kind: translate(lang, `shift.${kinds[0]!}`),
    });
  const list = kinds.map((kind) =>
    translate(lang, `summary.cmp.count.${kind}`, { count: num(facts.counts[kind], lang) }),
  );
  return translate(lang, 'summary.cmp.lead', { ...dates, count, list: formatList(list, lang) });
}

function changesSentences(facts: ChangesFacts, from: IsoDate, to: IsoDate, names: Names) {
  const { lang } = names;
  const dates = { from: formatDate(from, lang), to: formatDate(to, lang) };
  if (facts.total === 0) return [translate(lang, 'summary.cmp.none', dates)];
  const kinds = CHANGE_KINDS.filter((kind) => facts.counts[kind] > 0);
  const lead = changesLead(facts, kinds, dates, lang);
  const groups = kinds.map((kind) => {
    const items = facts.byKind[kind].map((c) =>
      translate(lang, 'summary.cmp.item', {
        party: names.party(c.party),
        issue: names.issue(c.issue),
      }),
    );
    return translate(lang, `summary.cmp.group.${kind}`, {
      items: cappedList(items, 'positions', lang),
    });
  });
  return [lead, ...groups];
}

/**
 * What changed from `from` to `to` (earlier first, so "hardened" means "over time"): how many
 * positions of each kind, then who moved where, the most telling kinds first.
 */
export function changesSummaryText(
  facts: ChangesFacts,
  from: IsoDate,
  to: IsoDate,
  index: DatasetIndex,
  lang: Lang,
): string {
  return join(changesSentences(facts, from, to, namesOf(index, lang)));
}

export type SummaryMode = 'positions' | 'overlap' | 'compare';

/** Everything that decides the summary of the explorer's current view. */
export interface ViewSummaryInput {
  readonly index: DatasetIndex;
  readonly mode: SummaryMode;
  /** Selected party ids, in display order. */
  readonly parties: readonly string[];
  /** Selected issue ids, in display order. */
  readonly issues: readonly string[];
  /** The issue the overlap view compares; `undefined` sums over `issues`. */
  readonly overlapIssue?: string | undefined;
  /** The "as of" date. */
  readonly at: IsoDate;
  /** The other date in `compare` mode; without it, compare mode summarises positions. */
  readonly compare?: IsoDate | undefined;
  /** Minimum reliability. Default `reported` (all statements). */
  readonly rel?: Reliability | undefined;
}

/**
 * The plain-language summary (one to four sentences) of the view `input` describes, in `lang`.
 * Overlap summed over a single issue is said as that issue alone. Pure; memoise at the caller.
 */
export function viewSummaryText(input: ViewSummaryInput, lang: Lang): string {
  const { index, mode, parties, issues, at, compare, rel = 'reported' } = input;
  if (mode === 'compare' && compare !== undefined) {
    if (parties.length === 0 || issues.length === 0) return translate(lang, 'summary.empty');
    const [from, to] = compare <= at ? [compare, at] : [at, compare];
    const facts = summariseChanges(diff(index, parties, issues, from, to, rel));
    return changesSummaryText(facts, from, to, index, lang);
  }
  if (mode === 'overlap') {
    const issue = input.overlapIssue ?? (issues.length === 1 ? issues[0] : undefined);
    return overlapSummaryText(
      summariseOverlap(index, parties, issue, issues, at, rel),
      index,
      lang,
    );
  }
  return positionsSummaryText(summarisePositions(index, parties, issues, at, rel), index, lang);
}
