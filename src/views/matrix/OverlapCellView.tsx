import { memo } from 'react';
import type { Focus } from '../../state/view-state';
import type { OverlapCellModel } from './overlap-grid';

export interface OverlapCellViewProps {
  readonly cell: OverlapCellModel;
  readonly row: number;
  readonly col: number;
  /** The roving tabindex: exactly one cell of the grid is in the tab order. */
  readonly tabbable: boolean;
  /** Stable across renders, so moving the active cell re-renders only two cells. */
  readonly onActivate: (row: number, col: number, focus: Focus) => void;
}

/** One gridcell: symbols and a short word on screen, the full sentence as its name and tooltip. */
export const OverlapCellView = memo(function OverlapCellView(props: OverlapCellViewProps) {
  const { cell, row, col, tabbable, onActivate } = props;
  const select = () => onActivate(row, col, cell.focus);
  return (
    <td
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={tabbable ? 0 : -1}
      aria-label={cell.label}
      data-tip={cell.tip}
      className={cell.className}
      onClick={select}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      }}
    >
      {cell.self ? (
        '—'
      ) : (
        <>
          <span className="relation-symbol" aria-hidden="true">
            {cell.symbol}
          </span>
          {cell.headline && (
            <>
              {' '}
              <span className="cell-headline">{cell.headline}</span>
            </>
          )}
        </>
      )}
    </td>
  );
});
