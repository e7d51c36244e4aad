import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/** Where a key moves the active cell in a rows × cols grid; `undefined` for keys it ignores. */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  at: GridPosition,
  rows: number,
  cols: number,
): GridPosition | undefined {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp':
      return clamp(0, at.col);
    case 'PageDown':
      return clamp(rows - 1, at.col);
    default:
      return undefined;
  }
}

/**
 * Roving tabindex for an ARIA grid: one cell is in the tab order; arrows, Home/End
 * (with Ctrl: first/last cell) and PageUp/PageDown move it. Cells carry `data-row` and
 * `data-col`; the grid element gets `gridRef`, so cells need no per-cell callbacks.
 */
export function useGridNavigation(rows: number, cols: number) {
  const [active, setActiveState] = useState<GridPosition>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLTableElement>(null);
  const current = {
    row: Math.min(active.row, Math.max(0, rows - 1)),
    col: Math.min(active.col, Math.max(0, cols - 1)),
  };
  const setActive = useCallback((row: number, col: number) => setActiveState({ row, col }), []);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveInGrid(event.key, event.ctrlKey || event.metaKey, current, rows, cols);
    if (!next) return;
    event.preventDefault();
    setActiveState(next);
    const cell = gridRef.current?.querySelector<HTMLElement>(
      `[data-row="${next.row}"][data-col="${next.col}"]`,
    );
    cell?.focus({ preventScroll: true });
    // 'nearest' respects the scroller's scroll-padding, so the cell clears the frozen column.
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  return { active: current, setActive, gridRef, onKeyDown };
}
