import '../../i18n/en-deal';
import { useMemo } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import { evaluateDeal } from '../../model/deal';
import { history } from '../../model/history';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus } from '../../state/view-state';
import { StatementItem } from '../details/StatementItem';
import { VERDICT_SYMBOL, issueName, partyName, termText } from './deal-text';

export interface VerdictPanelProps {
  readonly id?: string;
  readonly index: DatasetIndex;
  readonly terms: readonly DealTerm[];
  /** The selected cell; ignored unless its issue is one of the terms'. */
  readonly focus: Focus | undefined;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onClose: () => void;
}

/** The statement behind the selected verdict: its summary, quote, speaker, grade and sources. */
export function VerdictPanel({ id, index, terms, focus, at, rel, onClose }: VerdictPanelProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const term = focus && terms.find((x) => x.issue === focus.issue);
  const party = focus && index.parties.has(focus.party) ? focus.party : undefined;
  const verdict = useMemo(
    () =>
      term && party
        ? evaluateDeal(index, [term], [party], at, rel).parties[0]?.verdicts[0]
        : undefined,
    [index, term, party, at, rel],
  );
  const entry = useMemo(() => {
    const statement = verdict?.statement;
    if (!statement) return undefined;
    return history(index, statement.party, statement.issue, rel).find(
      (e) => e.statement.id === statement.id,
    );
  }, [index, verdict, rel]);

  return (
    <section id={id} className="deal-panel" aria-label={t('deal.statement')}>
      {!verdict || !party || !term ? (
        <p className="empty">{t('deal.statement.empty')}</p>
      ) : (
        <>
          <header className="deal-panel-header">
            <h2>
              {partyName(index, party, lang)} · {issueName(index, term.issue, lang)}
            </h2>
            <button type="button" onClick={onClose} aria-label={t('deal.statement.close')}>
              ×
            </button>
          </header>
          <p className={`deal-panel-verdict verdict-${verdict.verdict}`}>
            <span className="verdict-symbol" aria-hidden="true">
              {VERDICT_SYMBOL[verdict.verdict]}
            </span>{' '}
            {t('deal.statement.verdict', {
              party: partyName(index, party, lang),
              term: t('deal.quoted', { text: termText(index, term, i18n) }),
              verdict: t(`deal.verdict.${verdict.verdict}`),
            })}
          </p>
          <p className="question">{pick(index.issues.get(term.issue)?.question, lang)}</p>
          {!entry ? (
            <p>{t('deal.statement.none', { date: formatDate(at, lang) })}</p>
          ) : (
            <>
              {verdict.verdict === 'silent' && (
                <p>{t('deal.statement.silentBasis', { date: formatDate(at, lang) })}</p>
              )}
              <ul className="deal-statement">
                <StatementItem index={index} entry={entry} current />
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
