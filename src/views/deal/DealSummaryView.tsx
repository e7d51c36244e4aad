import '../../i18n/en-deal';
import { memo, useId, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { evaluateDeal, type DealTerm } from '../../model/deal';
import { dealSummary } from '../../model/deal-summary';
import type { IsoDate, Reliability } from '../../model/types';
import { summaryText } from './summary-text';

export interface DealSummaryViewProps {
  readonly index: DatasetIndex;
  readonly terms: readonly DealTerm[];
  readonly parties: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
}

/** "Who could sign": a headline, what each other party would have to move, who blocks what. */
export const DealSummaryView = memo(function DealSummaryView(props: DealSummaryViewProps) {
  const { index, terms, parties, at, rel } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const summary = useMemo(
    () => dealSummary(evaluateDeal(index, terms, parties, at, rel)),
    [index, terms, parties, at, rel],
  );
  const text = summaryText(index, summary, at, i18n);
  return (
    <section className="deal-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deal.summary.title')}</h2>
      <p className="deal-headline">{text.headline}</p>
      {text.holdouts.length > 0 && (
        <>
          <h3>{t('deal.summary.moveTitle')}</h3>
          <ul className="deal-move-list">
            {text.holdouts.map((h) => (
              <li key={h.party}>{h.text}</li>
            ))}
          </ul>
        </>
      )}
      {(text.blocked.length > 0 || text.noBlocks) && (
        <>
          <h3>{t('deal.summary.blockedTitle')}</h3>
          {text.noBlocks ? (
            <p>{text.noBlocks}</p>
          ) : (
            <ul className="deal-move-list">
              {text.blocked.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
});
