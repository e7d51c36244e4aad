import { memo, useCallback, useId, useLayoutEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus, Order } from '../../state/view-state';
import { markRendered } from '../../ui/perf-marks';
import { GridTooltip } from '../../ui/GridTooltip';
import { useGridNavigation, type GridPosition } from '../../ui/use-grid-navigation';
import { overlapGrid, type OverlapGrid } from './overlap-grid';
import { OverlapCellView, type OverlapCellViewProps } from './OverlapCellView';

const NO_ISSUES: readonly string[] = [];

export interface OverlapMatrixProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  /** The issue compared when `summed` is false; ignored when it is true. */
  readonly issue?: string | undefined;
  /** The issues summed when `summed` is true. Default: none. */
  readonly issues?: readonly string[];
  /** Count relations over `issues` instead of comparing one `issue`. Default: false. */
  readonly summed?: boolean;
  /** Order of rows and columns (see `orderParties`). Default `undefined`: `parties` as given. */
  readonly order?: Order | undefined;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onSelect: (focus: Focus) => void;
}

function OverlapHead({ columns, corner }: { columns: OverlapGrid['columns']; corner: string }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="corner">
          <span className="visually-hidden">{corner}</span>
        </th>
        {columns.map((p) => (
          <th key={p.id} scope="col">
            {p.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface OverlapBodyProps {
  readonly rows: OverlapGrid['rows'];
  readonly active: GridPosition;
  readonly onActivate: OverlapCellViewProps['onActivate'];
}

function OverlapBody({ rows, active, onActivate }: OverlapBodyProps) {
  return (
    <tbody>
      {rows.map((row, r) => (
        <tr key={row.party}>
          <th scope="row">{row.name}</th>
          {row.cells.map((cell, c) => (
            <OverlapCellView
              key={cell.column}
              cell={cell}
              row={r}
              col={c}
              tabbable={active.row === r && active.col === c}
              onActivate={onActivate}
            />
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Parties × parties on one issue (agree, overlap with the compromise, conflict or unknown), or
 * summed over several issues (how many of each, and which), rows and columns in `order`.
 */
export const OverlapMatrix = memo(function OverlapMatrix(props: OverlapMatrixProps) {
  const { index, parties, issue, issues = NO_ISSUES, summed = false, order, at, rel } = props;
  const { onSelect } = props;
  const { t, lang } = useI18n();
  const captionId = useId();
  const grid = useMemo(
    () => overlapGrid({ index, parties, issue, issues, summed, order, at, rel, lang }),
    [index, parties, issue, issues, summed, order, at, rel, lang],
  );
  const size = grid?.rows.length ?? 0;
  const { active, setActive, gridRef, onKeyDown } = useGridNavigation(size, size);
  const activate = useCallback(
    (r: number, c: number, focus: Focus) => {
      setActive(r, c);
      onSelect(focus);
    },
    [setActive, onSelect],
  );
  useLayoutEffect(() => markRendered(), [grid]);

  if (!grid) return <p className="empty">{t('matrix.emptySelection')}</p>;
  return (
    <div className="matrix-scroll">
      <p id={captionId} className="matrix-caption">
        {grid.caption}
      </p>
      <table
        role="grid"
        aria-label={t('matrix.overlap')}
        aria-describedby={captionId}
        className={summed ? 'matrix overlap summed' : 'matrix overlap'}
        ref={gridRef}
        onKeyDown={onKeyDown}
      >
        <OverlapHead columns={grid.columns} corner={t('controls.parties')} />
        <OverlapBody rows={grid.rows} active={active} onActivate={activate} />
      </table>
      <GridTooltip gridRef={gridRef} />
    </div>
  );
});
