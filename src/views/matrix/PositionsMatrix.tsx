import { memo, useCallback, useId, useLayoutEffect, useMemo } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { positionsMatrix } from '../../model/matrix';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus } from '../../state/view-state';
import { GridTooltip } from '../../ui/GridTooltip';
import { useGridNavigation } from '../../ui/use-grid-navigation';
import { MatrixCell } from './MatrixCell';
import { markRendered } from '../../ui/perf-marks';

export interface PositionsMatrixProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly focus: Focus | undefined;
  readonly onSelect: (focus: Focus) => void;
}

/** Issues × parties as an ARIA grid: arrows move, Enter or a click opens the cell's details. */
export const PositionsMatrix = memo(function PositionsMatrix(props: PositionsMatrixProps) {
  const { index, parties, issues, at, rel, focus, onSelect } = props;
  const { t, lang } = useI18n();
  const captionId = useId();
  const rows = useMemo(
    () => positionsMatrix(index, parties, issues, at, rel),
    [index, parties, issues, at, rel],
  );
  const nav = useGridNavigation(rows.length, parties.length);
  const { setActive } = nav;
  const onActivate = useCallback(
    (r: number, c: number, party: string, issue: string) => {
      setActive(r, c);
      onSelect({ party, issue });
    },
    [setActive, onSelect],
  );
  useLayoutEffect(() => markRendered(), [rows]);

  if (rows.length === 0 || parties.length === 0)
    return <p className="empty">{t('matrix.emptySelection')}</p>;
  const partyName = (id: string) => pick(index.parties.get(id)?.name, lang);

  return (
    <div className="matrix-scroll">
      <p id={captionId} className="matrix-caption">
        {t('matrix.caption', { date: formatDate(at, lang) })}
      </p>
      <table
        role="grid"
        aria-label={t('matrix.positions')}
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
            {parties.map((p) => (
              <th key={p} scope="col" role="columnheader">
                {partyName(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.issue.id}>
              <th scope="row" role="rowheader" title={pick(row.issue.question, lang)}>
                {pick(row.issue.name, lang)}
              </th>
              {row.cells.map((cell, c) => (
                <MatrixCell
                  key={cell.party}
                  row={r}
                  col={c}
                  party={cell.party}
                  partyName={partyName(cell.party)}
                  issue={row.issue}
                  position={cell.position}
                  selected={focus?.party === cell.party && focus.issue === row.issue.id}
                  active={nav.active.row === r && nav.active.col === c}
                  lang={lang}
                  onActivate={onActivate}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <GridTooltip gridRef={nav.gridRef} />
    </div>
  );
});
