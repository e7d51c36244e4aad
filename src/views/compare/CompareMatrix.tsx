import { memo, useCallback, useId } from 'react';
import { formatDate, pick, translate, type Lang } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Focus } from '../../state/view-state';
import { GridTooltip } from '../../ui/GridTooltip';
import { useGridNavigation } from '../../ui/use-grid-navigation';
import { ChangeCell } from './ChangeCell';
import { countText } from './change-text';
import { changeAnchor, type CompareLayout, type Comparison } from './compare-layout';
import './compare.css';

export interface CompareMatrixProps {
  readonly index: DatasetIndex;
  readonly comparison: Comparison;
  readonly focus: Focus | undefined;
  readonly onSelect: (focus: Focus) => void;
}

/** Brings a change's entry in the list into view (instantly when the reader prefers less motion). */
function revealChange(party: string, issue: string): void {
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  document
    .getElementById(changeAnchor(party, issue))
    ?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

function unchangedText(layout: CompareLayout, lang: Lang): string {
  const { unchangedIssues, unchangedParties } = layout;
  if (unchangedIssues === 0 && unchangedParties === 0)
    return translate(lang, 'compare.unchangedNone');
  return translate(lang, 'compare.unchanged', {
    issues: countText(lang, 'issues', unchangedIssues),
    parties: countText(lang, 'parties', unchangedParties),
  });
}

/**
 * Issues × parties between two dates, keeping only the rows and columns with a change: an ARIA
 * grid where arrows move, and Enter or a click selects the cell and shows its entry in the list.
 */
export const CompareMatrix = memo(function CompareMatrix(props: CompareMatrixProps) {
  const { index, comparison, focus, onSelect } = props;
  const { span, changes, layout } = comparison;
  const { t, lang } = useI18n();
  const captionId = useId();
  const nav = useGridNavigation(layout.issues.length, layout.parties.length);
  const { setActive } = nav;
  const onActivate = useCallback(
    (r: number, c: number, party: string, issue: string) => {
      setActive(r, c);
      onSelect({ party, issue });
      revealChange(party, issue);
    },
    [setActive, onSelect],
  );
  const from = formatDate(span.from, lang);
  const to = formatDate(span.to, lang);
  if (changes.length === 0) return <p className="empty">{t('compare.noChanges', { from, to })}</p>;
  const partyName = (id: string) => pick(index.parties.get(id)?.name, lang) || id;

  return (
    <div className="matrix-scroll compare-matrix">
      <div id={captionId} className="matrix-caption">
        <p>
          {t('compare.caption', { from, to, count: countText(lang, 'positions', changes.length) })}
        </p>
        <p>{unchangedText(layout, lang)}</p>
      </div>
      <table
        role="grid"
        aria-label={t('compare.matrix')}
        aria-describedby={captionId}
        className="matrix"
        ref={nav.gridRef}
        onKeyDown={nav.onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t('matrix.corner')}
            </th>
            {layout.parties.map((p) => (
              <th key={p} scope="col" role="columnheader">
                {partyName(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.issues.map((issueId, r) => {
            const issue = index.issues.get(issueId);
            if (!issue) return null;
            return (
              <tr key={issueId}>
                <th scope="row" role="rowheader" title={pick(issue.question, lang)}>
                  {pick(issue.name, lang)}
                </th>
                {layout.parties.map((party, c) => (
                  <ChangeCell
                    key={party}
                    row={r}
                    col={c}
                    party={party}
                    partyName={partyName(party)}
                    issue={issue}
                    change={layout.cells[r]?.[c]}
                    selected={focus?.party === party && focus.issue === issueId}
                    active={nav.active.row === r && nav.active.col === c}
                    lang={lang}
                    onActivate={onActivate}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <GridTooltip gridRef={nav.gridRef} />
    </div>
  );
});
