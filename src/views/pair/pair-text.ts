import { formatDate, formatList, pick, translate, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IssueHistory, PairSegment } from '../../model/pair-history';
import type { Relation } from '../../model/relation';
import type { IsoDate } from '../../model/types';

/** A symbol that carries the kind without colour (the matrix uses the same four). */
export const PAIR_SYMBOL: Record<Relation['kind'], string> = {
  agree: '=',
  overlap: '∩',
  conflict: '✕',
  unknown: '?',
};

/** The names the sentences need, resolved once per render. */
export interface PairNames {
  readonly a: string;
  readonly b: string;
  readonly lang: Lang;
  /** The last day an open-ended segment reaches (the dataset's "as of" date). */
  readonly lastDay: IsoDate;
}

export function pairNames(index: DatasetIndex, a: string, b: string, lang: Lang): PairNames {
  const name = (id: string) => pick(index.parties.get(id)?.name, lang) || id;
  return { a: name(a), b: name(b), lang, lastDay: index.dataset.asOf };
}

export const issueName = (index: DatasetIndex, issue: string, lang: Lang): string =>
  pick(index.issues.get(issue)?.name, lang) || issue;

/** "Ukraine and Russia on NATO membership: conflict from 14 June 2024 to 10 April 2026". */
export function segmentLabel(names: PairNames, issue: string, segment: PairSegment): string {
  const { lang } = names;
  return translate(lang, 'pair.segment', {
    a: names.a,
    b: names.b,
    issue,
    kind: translate(lang, `pair.kind.${segment.kind}`),
    start: formatDate(segment.start, lang),
    end: formatDate(segment.end ?? names.lastDay, lang),
  });
}

/** What the tooltip adds to the label: the agreed outcome, the compromise, or the distance. */
export function segmentDetail(
  index: DatasetIndex,
  issue: string,
  segment: PairSegment,
  lang: Lang,
): string | undefined {
  const outcomes = index.issues.get(issue)?.outcomes ?? [];
  const label = (id: string) => pick(outcomes.find((o) => o.id === id)?.label, lang) || id;
  if (segment.kind === 'agree' && segment.outcome !== undefined)
    return translate(lang, 'pair.segmentAgree', { outcome: label(segment.outcome) });
  if (segment.kind === 'overlap' && segment.compromise)
    return translate(lang, 'pair.segmentOverlap', {
      list: formatList(segment.compromise.map(label), lang),
    });
  if (segment.kind === 'conflict' && segment.severity !== undefined)
    return translate(lang, 'pair.segmentSeverity', { severity: segment.severity });
  return undefined;
}

export interface PairChange {
  readonly date: IsoDate;
  readonly issue: string;
  readonly from: Relation['kind'];
  readonly to: Relation['kind'];
}

/**
 * Every day the kind of relation changed, oldest first (issues in the order given on the same
 * day). Changes within a kind — a new compromise set or distance — are not sentences.
 */
export function pairChanges(histories: readonly IssueHistory[]): PairChange[] {
  const changes: PairChange[] = [];
  for (const { issue, segments } of histories)
    for (let i = 1; i < segments.length; i++) {
      const [prev, next] = [segments[i - 1]!, segments[i]!];
      if (prev.kind !== next.kind)
        changes.push({ date: next.start, issue, from: prev.kind, to: next.kind });
    }
  // Stable sort: same-day changes keep the issue order.
  return changes.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** "On 29 November 2024, Ukraine and the United States moved from conflict to overlap on …". */
export function changeSentence(index: DatasetIndex, names: PairNames, change: PairChange): string {
  const { lang } = names;
  return translate(lang, 'pair.change', {
    date: formatDate(change.date, lang),
    a: names.a,
    b: names.b,
    from: translate(lang, `pair.kind.${change.from}`),
    to: translate(lang, `pair.kind.${change.to}`),
    issue: issueName(index, change.issue, lang),
  });
}
