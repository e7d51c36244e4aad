import { memo, useId } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Focus } from '../../state/view-state';
import { KIND_SYMBOL } from './change-text';
import { changeAnchor, changeKey, type Comparison } from './compare-layout';
import { StatementSide } from './StatementSide';
import './compare.css';

export interface ChangeListProps {
  readonly index: DatasetIndex;
  readonly comparison: Comparison;
  /** The selected cell: its change is highlighted and marked as current. */
  readonly focus: Focus | undefined;
}

/** Every change between the two dates, each with the statement before and after, side by side. */
export const ChangeList = memo(function ChangeList({ index, comparison, focus }: ChangeListProps) {
  const { t, lang } = useI18n();
  const { span, changes } = comparison;
  const listHeadingId = useId();
  if (changes.length === 0) return null;
  const before = t('compare.before', { date: formatDate(span.from, lang) });
  const after = t('compare.after', { date: formatDate(span.to, lang) });
  const focused = focus && changeKey(focus.party, focus.issue);
  return (
    <section className="change-list" aria-labelledby={listHeadingId}>
      <h2 id={listHeadingId}>{t('compare.list')}</h2>
      <ol>
        {changes.map((change) => {
          const key = changeKey(change.party, change.issue);
          const current = key === focused;
          const party = pick(index.parties.get(change.party)?.name, lang) || change.party;
          const issue = pick(index.issues.get(change.issue)?.name, lang) || change.issue;
          const headingId = `${changeAnchor(change.party, change.issue)}:heading`;
          return (
            <li
              key={key}
              id={changeAnchor(change.party, change.issue)}
              className={`change change-${change.kind}${current ? ' change-current' : ''}`}
              aria-current={current ? 'true' : undefined}
            >
              <article aria-labelledby={headingId}>
                <h3 id={headingId}>
                  <span className="change-symbol" aria-hidden="true">
                    {KIND_SYMBOL[change.kind]}
                  </span>{' '}
                  {t('compare.heading', { party, issue, kind: t(`shift.${change.kind}`) })}
                </h3>
                <div className="change-sides">
                  <StatementSide index={index} label={before} statement={change.before} />
                  <StatementSide index={index} label={after} statement={change.after} />
                </div>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
