import '../../i18n/en-deal';
import { formatDate, formatList } from '../../i18n/i18n';
import type { I18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import type { DealSummary, Holdout } from '../../model/deal-summary';
import type { IsoDate } from '../../model/types';
import { issueName, partyName, termText } from './deal-text';

/** Up to this many silent terms are named; more are counted. */
const SILENT_LISTED = 3;

/** The summary in plain sentences: a headline, one per holdout, one per blocked term. */
export interface SummaryText {
  readonly headline: string;
  readonly holdouts: readonly { readonly party: string; readonly text: string }[];
  readonly blocked: readonly string[];
  /** Shown when no term is blocked (and there are terms and parties). */
  readonly noBlocks: string | undefined;
}

export function summaryText(
  index: DatasetIndex,
  summary: DealSummary,
  at: IsoDate,
  i18n: I18n,
): SummaryText {
  const { t, lang } = i18n;
  const date = formatDate(at, lang);
  const parties = (ids: readonly string[]) =>
    formatList(
      ids.map((id) => partyName(index, id, lang)),
      lang,
    );
  const none = { holdouts: [], blocked: [], noBlocks: undefined };
  if (summary.termCount === 0) return { headline: t('deal.summary.noTerms'), ...none };
  if (summary.partyCount === 0) return { headline: t('deal.summary.noParties'), ...none };
  const n = summary.signers.length;
  const headline =
    n === 0
      ? t('deal.summary.nobody', { date, count: summary.partyCount })
      : t(n === 1 ? 'deal.summary.signers.one' : 'deal.summary.signers.other', {
          date,
          list: parties(summary.signers),
        });
  return {
    headline,
    holdouts: summary.holdouts.map((h) => ({
      party: h.party,
      text: holdoutText(index, h, i18n),
    })),
    blocked: summary.blocked.map((b) =>
      t('deal.summary.blocked', {
        term: t('deal.quoted', { text: termText(index, b.term, i18n) }),
        list: parties(b.blockers),
      }),
    ),
    noBlocks: summary.blocked.length === 0 ? t('deal.summary.noBlocks') : undefined,
  };
}

/**
 * "Russia: red line crossed on NATO membership; wants other terms on …; has taken no stand on …."
 * Issue names only: the grid right above shows each term's outcomes.
 */
function holdoutText(index: DatasetIndex, h: Holdout, i18n: I18n): string {
  const { t, lang } = i18n;
  const terms = (list: readonly DealTerm[]) =>
    formatList(
      list.map((term) => t('deal.quoted', { text: issueName(index, term.issue, lang) })),
      lang,
    );
  // A long silence is counted, not listed: the grid above names every silent cell.
  const silent =
    h.silent.length > SILENT_LISTED
      ? t('deal.summary.silentCount', { count: h.silent.length })
      : t('deal.summary.silent', { list: terms(h.silent) });
  const parts = [
    h.redLines.length > 0 && t('deal.summary.redLines', { list: terms(h.redLines) }),
    h.wantsOther.length > 0 && t('deal.summary.wantsOther', { list: terms(h.wantsOther) }),
    h.silent.length > 0 && silent,
  ].filter((p): p is string => typeof p === 'string');
  return t('deal.summary.party', {
    party: partyName(index, h.party, lang),
    parts: parts.join('; '),
  });
}
