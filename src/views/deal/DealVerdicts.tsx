import '../../i18n/en-deal';
import { memo, useCallback, useId, useMemo } from 'react';
import { formatDate } from '../../i18n/i18n';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm, TermVerdict } from '../../model/deal';
import { evaluateDeal } from '../../model/deal';
import type { IsoDate, Reliability } from '../../model/types';
import { useGridNavigation } from '../../ui/use-grid-navigation';
import {
  VERDICT_SYMBOL,
  VERDICTS,
  issueName,
  outcomesText,
  partyName,
  verdictLabel,
} from './deal-text';
import './deal.css';

export interface DealVerdictsProps {
  readonly index: DatasetIndex;
  readonly terms: readonly DealTerm[];
  /** Party ids, one column each, in this order. */
  readonly parties: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
  /** Called when a cell is clicked or activated with Enter/Space; without it cells are read-only. */
  readonly onSelect?: ((party: string, issue: string) => void) | undefined;
  /** The cell marked as selected. */
  readonly selected?: { readonly party: string; readonly issue: string } | undefined;
}

/**
 * The deal's verdicts as an ARIA grid: one row per term, one column per party; each cell shows a
 * symbol and a word. Arrows move between cells; Enter, Space or a click select one.
 */
export const DealVerdicts = memo(function DealVerdicts(props: DealVerdictsProps) {
  const { index, terms, parties, at, rel, onSelect, selected } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const captionId = useId();
  const evaluation = useMemo(
    () => evaluateDeal(index, terms, parties, at, rel),
    [index, terms, parties, at, rel],
  );
  const { active, setActive, gridRef, onKeyDown } = useGridNavigation(terms.length, parties.length);
  const activate = useCallback(
    (row: number, col: number, party: string, issue: string) => {
      setActive(row, col);
      onSelect?.(party, issue);
    },
    [setActive, onSelect],
  );

  if (terms.length === 0) return <p className="empty">{t('deal.empty.terms')}</p>;
  if (parties.length === 0) return <p className="empty">{t('deal.empty.parties')}</p>;
  return (
    <div className="deal-grid-scroll">
      <p id={captionId} className="deal-caption">
        {t('deal.verdictsCaption', { date: formatDate(at, lang) })}
      </p>
      <table
        role="grid"
        aria-label={t('deal.verdicts')}
        aria-describedby={captionId}
        className="deal-grid"
        ref={gridRef}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="deal-corner">
              {t('deal.corner')}
            </th>
            {parties.map((p) => (
              <th key={p} scope="col" role="columnheader">
                {partyName(index, p, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluation.terms.map((term, r) => (
            <tr key={term.issue}>
              <th scope="row" role="rowheader" className="deal-term">
                <span className="deal-term-issue">{issueName(index, term.issue, lang)}</span>
                <span className="deal-term-outcomes">{outcomesText(index, term, lang)}</span>
              </th>
              {evaluation.parties.map((p, c) => (
                <VerdictCell
                  key={p.party}
                  row={r}
                  col={c}
                  party={p.party}
                  verdict={p.verdicts[r]!}
                  label={verdictLabel(index, p.party, p.verdicts[r]!, at, i18n)}
                  active={active.row === r && active.col === c}
                  selected={selected?.party === p.party && selected.issue === term.issue}
                  i18n={i18n}
                  onActivate={onSelect ? activate : undefined}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <VerdictLegend i18n={i18n} />
    </div>
  );
});

/** What the four symbols mean, in full words. */
function VerdictLegend({ i18n: { t } }: { readonly i18n: I18n }) {
  return (
    <ul className="deal-legend" aria-label={t('legend.label')}>
      {VERDICTS.map((v) => (
        <li key={v} className={`verdict-${v}`}>
          <span className="verdict-symbol" aria-hidden="true">
            {VERDICT_SYMBOL[v]}
          </span>{' '}
          <strong>{t(`deal.verdict.${v}`)}</strong>: {t(`deal.explain.${v}`)}
        </li>
      ))}
    </ul>
  );
}

interface VerdictCellProps {
  readonly row: number;
  readonly col: number;
  readonly party: string;
  readonly verdict: TermVerdict;
  readonly label: string;
  readonly active: boolean;
  readonly selected: boolean;
  readonly i18n: I18n;
  readonly onActivate:
    ((row: number, col: number, party: string, issue: string) => void) | undefined;
}

function VerdictCell(props: VerdictCellProps) {
  const { row, col, party, verdict, label, active, selected, i18n, onActivate } = props;
  const activate = () => onActivate?.(row, col, party, verdict.term.issue);
  const kind = verdict.verdict;
  return (
    <td
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-selected={onActivate ? selected : undefined}
      aria-label={label}
      title={label}
      className={`verdict verdict-${kind}${selected ? ' verdict-selected' : ''}${onActivate ? ' verdict-interactive' : ''}`}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      }}
    >
      <span className="verdict-symbol" aria-hidden="true">
        {VERDICT_SYMBOL[kind]}
      </span>{' '}
      <span className="verdict-word">{i18n.t(`deal.short.${kind}`)}</span>
    </td>
  );
}
