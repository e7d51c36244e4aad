import { useMemo } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { history } from '../../model/history';
import { outcomeState } from '../../model/matrix';
import { positionAt } from '../../model/position';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus } from '../../state/view-state';
import { StatementItem } from './StatementItem';

export interface DetailsPanelProps {
  readonly id?: string;
  readonly index: DatasetIndex;
  readonly focus: Focus | undefined;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onClose: () => void;
}

/** The focused party's position on the focused issue: as of the date, and its whole history. */
export function DetailsPanel({ id, index, focus, at, rel, onClose }: DetailsPanelProps) {
  const { t, lang } = useI18n();
  const entries = useMemo(
    () => (focus ? history(index, focus.party, focus.issue, rel) : []),
    [index, focus, rel],
  );
  const party = focus && index.parties.get(focus.party);
  const issue = focus && index.issues.get(focus.issue);
  const position = focus ? positionAt(index, focus.party, focus.issue, at, rel) : undefined;
  const currentId = position?.kind === 'known' ? position.statement.id : undefined;

  return (
    <section id={id} className="details" aria-label={t('details.label')}>
      {!focus || !party || !issue ? (
        <p className="empty">{t('details.empty')}</p>
      ) : (
        <>
          <header className="details-header">
            <h2>
              {pick(party.name, lang)} · {pick(issue.name, lang)}
            </h2>
            <button type="button" onClick={onClose} aria-label={t('details.close')}>
              ×
            </button>
          </header>
          <p className="question">{pick(issue.question, lang)}</p>
          <h3>{t('details.current', { date: formatDate(at, lang) })}</h3>
          {position?.kind === 'known' ? (
            <ul className="outcome-list">
              {issue.outcomes.map((o) => {
                const state = outcomeState(position, o.id);
                return (
                  <li key={o.id} className={`outcome outcome-${state}`}>
                    <span className={`mark mark-${state}`} aria-hidden="true" />{' '}
                    {pick(o.label, lang)}{' '}
                    <span className="outcome-state">({t(`state.${state}`)})</span>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{t('details.none')}</p>
          )}
          <h3>{t('details.history')}</h3>
          <ol className="history">
            {entries.map((entry) => (
              <StatementItem
                key={entry.statement.id}
                index={index}
                entry={entry}
                current={entry.statement.id === currentId}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
