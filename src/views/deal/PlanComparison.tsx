import '../../i18n/en-deal';
import { memo, useId, useMemo } from 'react';
import { formatDate, formatList } from '../../i18n/i18n';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import { comparePlans, type TermTally } from '../../model/deal-compare';
import type { IsoDate, Reliability } from '../../model/types';
import { issueName, outcomesText, partyName } from './deal-text';

export interface PlanComparisonProps {
  readonly index: DatasetIndex;
  /** The first side's name (a plan's title, or "Your deal") and terms. */
  readonly a: { readonly name: string; readonly terms: readonly DealTerm[] };
  readonly b: { readonly name: string; readonly terms: readonly DealTerm[] };
  readonly parties: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
}

const SYMBOL = { same: '=', different: '≠', 'only-a': '◐', 'only-b': '◑' } as const;

/** Two plans side by side, one row per issue either addresses, with who accepts each term. */
export const PlanComparison = memo(function PlanComparison(props: PlanComparisonProps) {
  const { index, a, b, parties, at, rel } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const headingId = useId();
  const rows = useMemo(
    () => comparePlans(index, a.terms, b.terms, parties, at, rel),
    [index, a.terms, b.terms, parties, at, rel],
  );
  return (
    <section className="deal-compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deal.compare.title')}</h2>
      <div className="deal-compare-scroll">
        <table className="deal-compare-table">
          <caption>
            {t('deal.compare.caption', {
              a: a.name,
              b: b.name,
              date: formatDate(at, lang),
              count: parties.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('deal.compare.issue')}</th>
              <th scope="col">{a.name}</th>
              <th scope="col">{b.name}</th>
              <th scope="col">{t('deal.compare.comparison')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.issue} className={`compare-${row.comparison}`}>
                <th scope="row">{issueName(index, row.issue, lang)}</th>
                <SideCell
                  index={index}
                  tally={row.a}
                  side={a.name}
                  total={parties.length}
                  i18n={i18n}
                />
                <SideCell
                  index={index}
                  tally={row.b}
                  side={b.name}
                  total={parties.length}
                  i18n={i18n}
                />
                <td className="deal-compare-status">
                  <span aria-hidden="true">{SYMBOL[row.comparison]}</span>{' '}
                  {t(`deal.compare.${row.comparison}`, {
                    name: row.comparison === 'only-a' ? a.name : b.name,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

interface SideCellProps {
  readonly index: DatasetIndex;
  readonly tally: TermTally | undefined;
  /** The plan's name, shown before the cell when the table stacks into cards. */
  readonly side: string;
  readonly total: number;
  readonly i18n: I18n;
}

function SideCell({ index, tally, side, total, i18n: { t, lang } }: SideCellProps) {
  if (!tally)
    return (
      <td className="deal-compare-none" data-label={side}>
        {t('deal.compare.notAddressed')}
      </td>
    );
  const names = (ids: readonly string[]) =>
    formatList(
      ids.map((id) => partyName(index, id, lang)),
      lang,
    );
  return (
    <td data-label={side}>
      <span className="deal-compare-outcome">{outcomesText(index, tally.term, lang)}</span>
      <span className="deal-compare-tally">
        <span aria-hidden="true">✓</span>{' '}
        {t('deal.compare.tally', { count: tally.accepting.length, total })}
        {tally.accepting.length > 0 && `: ${names(tally.accepting)}`}
      </span>
      {tally.redLine.length > 0 && (
        <span className="deal-compare-redline">
          <span aria-hidden="true">✕</span>{' '}
          {t('deal.compare.redLine', { list: names(tally.redLine) })}
        </span>
      )}
    </td>
  );
}
