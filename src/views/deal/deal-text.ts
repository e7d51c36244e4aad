import '../../i18n/en-deal';
import { formatDate, pick, type Lang } from '../../i18n/i18n';
import type { I18n } from '../../i18n/use-i18n';
import { joinList } from '../../i18n/words';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm, TermVerdict, Verdict } from '../../model/deal';
import type { Issue, IsoDate } from '../../model/types';

/** Symbol and style per verdict: the symbol and the word carry the meaning, colour only helps. */
export const VERDICT_SYMBOL: Readonly<Record<Verdict, string>> = {
  accepts: '✓',
  rejects: '✕',
  'not-accepted': '≠',
  silent: '?',
};

export const VERDICTS: readonly Verdict[] = ['accepts', 'rejects', 'not-accepted', 'silent'];

// "A or B": a term with several outcomes is met by any one of them.
export function formatOr(items: readonly string[], lang: Lang): string {
  return joinList(items, lang, 'or');
}

export function outcomeLabel(issue: Issue | undefined, id: string, lang: Lang): string {
  return pick(issue?.outcomes.find((o) => o.id === id)?.label, lang) || id;
}

/** The term's outcomes in words, in the issue's outcome order: "Join", or "Join or Neutral". */
export function outcomesText(index: DatasetIndex, term: DealTerm, lang: Lang): string {
  const issue = index.issues.get(term.issue);
  const rank = index.outcomeRank.get(term.issue);
  const order = (o: string) => rank?.get(o) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...term.outcomes].sort((a, b) => order(a) - order(b));
  return formatOr(
    sorted.map((o) => outcomeLabel(issue, o, lang)),
    lang,
  );
}

export function issueName(index: DatasetIndex, id: string, lang: Lang): string {
  return pick(index.issues.get(id)?.name, lang) || id;
}

export function partyName(index: DatasetIndex, id: string, lang: Lang): string {
  return pick(index.parties.get(id)?.name, lang) || id;
}

/** "Alliance: Neutral" — the issue and what the term proposes. */
export function termText(index: DatasetIndex, term: DealTerm, { t, lang }: I18n): string {
  return t('deal.term', {
    issue: issueName(index, term.issue, lang),
    outcomes: outcomesText(index, term, lang),
  });
}

/** A cell's accessible name: party, term, verdict and the date of the statement behind it. */
export function verdictLabel(
  index: DatasetIndex,
  party: string,
  verdict: TermVerdict,
  at: IsoDate,
  i18n: I18n,
): string {
  const { t, lang } = i18n;
  const basis = verdict.statement
    ? t('deal.cell.statement', { date: formatDate(verdict.statement.date, lang) })
    : t('deal.cell.noStatement', { date: formatDate(at, lang) });
  return t('deal.cell.label', {
    party: partyName(index, party, lang),
    term: termText(index, verdict.term, i18n),
    verdict: t(`deal.verdict.${verdict.verdict}`),
    basis,
  });
}
