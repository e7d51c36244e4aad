import '../../i18n/en-deal';
import { useId } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Plan } from '../../model/types';
import { SourceList } from '../details/SourceList';
import { issueName, partyName } from './deal-text';

export interface PlanCardProps {
  readonly index: DatasetIndex;
  readonly plan: Plan;
  /** How many issues' terms differ from the plan's. */
  readonly changed: number;
  readonly onReset: () => void;
}

/** The plan the deal starts from: summary, proposer, date, grade, sources and term notes. */
export function PlanCard({ index, plan, changed, onReset }: PlanCardProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const notes = plan.terms.filter((term) => term.note);
  return (
    <section className="deal-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{pick(plan.title, lang)}</h2>
      <p className="deal-plan-meta">
        <span>
          {t('deal.plan.meta', {
            proposer: partyName(index, plan.proposer, lang),
            date: formatDate(plan.date, lang),
          })}
        </span>{' '}
        <span className={`grade grade-${plan.reliability}`}>
          {t('details.grade', { grade: t(`grade.${plan.reliability}`) })}
        </span>
      </p>
      <p>{pick(plan.summary, lang)}</p>
      {notes.length > 0 && (
        <details className="deal-plan-notes">
          <summary>{t('deal.plan.notes')}</summary>
          <ul>
            {notes.map((term) => (
              <li key={term.issue}>
                {t('deal.plan.note', {
                  issue: issueName(index, term.issue, lang),
                  note: pick(term.note, lang),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.sources.length > 0 && (
        <div className="deal-plan-sources">
          <h3>{t('details.sources')}</h3>
          <SourceList index={index} ids={plan.sources} />
        </div>
      )}
      {changed > 0 && (
        <p className="deal-changed">
          {t(changed === 1 ? 'deal.changed.one' : 'deal.changed.other', { count: changed })}{' '}
          <button type="button" onClick={onReset}>
            {t('deal.reset')}
          </button>
        </p>
      )}
    </section>
  );
}
