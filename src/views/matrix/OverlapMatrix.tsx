import { memo, useCallback, useId, useLayoutEffect, useMemo } from 'react';
import { formatDate, pick, translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { overlapMatrix } from '../../model/matrix';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus } from '../../state/view-state';
import { markRendered } from '../../ui/perf-marks';
import { GridTooltip } from '../../ui/GridTooltip';
import { useGridNavigation } from '../../ui/use-grid-navigation';
import { describeRelation, RELATION_SYMBOL } from './relation-text';

export interface OverlapMatrixProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issue: string;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onSelect: (focus: Focus) => void;
}

/** Parties × parties on one issue: agree, overlap (with the compromise), conflict or unknown. */
export const OverlapMatrix = memo(function OverlapMatrix(props: OverlapMatrixProps) {
  const { index, parties, issue: issueId, at, rel, onSelect } = props;
  const { t, lang } = useI18n();
  const captionId = useId();
  const issue = index.issues.get(issueId);
  const rows = useMemo(
    () => (issue ? overlapMatrix(index, parties, issueId, at, rel) : []),
    [index, parties, issueId, issue, at, rel],
  );
  const nav = useGridNavigation(rows.length, parties.length);
  const { setActive } = nav;
  const activate = useCallback(
    (r: number, c: number, party: string) => {
      setActive(r, c);
      onSelect({ party, issue: issueId });
    },
    [setActive, onSelect, issueId],
  );
  useLayoutEffect(() => markRendered(), [rows]);

  if (!issue || rows.length === 0) return <p className="empty">{t('matrix.emptySelection')}</p>;
  const name = (id: string) => pick(index.parties.get(id)?.name, lang);
  const issueName = pick(issue.name, lang);

  return (
    <div className="matrix-scroll">
      <p id={captionId} className="matrix-caption">
        {t('matrix.overlapCaption', { issue: issueName, date: formatDate(at, lang) })}
      </p>
      <table
        role="grid"
        aria-label={t('matrix.overlap')}
        aria-describedby={captionId}
        className="matrix overlap"
        ref={nav.gridRef}
        onKeyDown={nav.onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="corner">
              <span className="visually-hidden">{t('controls.parties')}</span>
            </th>
            {parties.map((p) => (
              <th key={p} scope="col">
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.party}>
              <th scope="row">{name(row.party)}</th>
              {row.cells.map((cell, c) => {
                const self = cell.row === cell.column;
                const kind = cell.relation.kind;
                const text = self
                  ? t('relation.self')
                  : describeRelation(cell.relation, issue, lang);
                const select = () => activate(r, c, row.party);
                return (
                  <td
                    key={cell.column}
                    role="gridcell"
                    data-row={r}
                    data-col={c}
                    tabIndex={nav.active.row === r && nav.active.col === c ? 0 : -1}
                    aria-label={translate(lang, 'relation.label', {
                      row: name(cell.row),
                      column: name(cell.column),
                      issue: issueName,
                      relation: text,
                    })}
                    data-tip={text}
                    className={self ? 'cell relation-self' : `cell relation relation-${kind}`}
                    onClick={select}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        select();
                      }
                    }}
                  >
                    {self ? (
                      '—'
                    ) : (
                      <>
                        <span className="relation-symbol" aria-hidden="true">
                          {RELATION_SYMBOL[kind]}
                          {kind === 'conflict' &&
                          cell.relation.kind === 'conflict' &&
                          cell.relation.severity !== undefined
                            ? ` ${cell.relation.severity}`
                            : ''}
                        </span>{' '}
                        <span className="cell-headline">{t(`relation.short.${kind}`)}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <GridTooltip gridRef={nav.gridRef} />
    </div>
  );
});
