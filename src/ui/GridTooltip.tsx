import { useEffect, useId, useState, type RefObject } from 'react';

interface Tip {
  readonly text: string;
  readonly cell: HTMLElement;
  readonly left: number;
  readonly top: number;
  readonly below: boolean;
}

const CELL = '[data-tip]';

function tipFor(cell: HTMLElement): Tip | undefined {
  const text = cell.dataset.tip;
  if (!text) return undefined;
  const rect = cell.getBoundingClientRect();
  // Above the cell unless that would leave the viewport; clamped horizontally by CSS max-width.
  const below = rect.top < 96;
  return {
    text,
    cell,
    left: Math.max(8, Math.min(rect.left + rect.width / 2, globalThis.innerWidth - 8)),
    top: below ? rect.bottom + 6 : rect.top - 6,
    below,
  };
}

/**
 * One tooltip for a whole grid: it follows the hovered or focused cell (any descendant with a
 * `data-tip` attribute), so a 1,800-cell matrix carries one tooltip element, not 1,800.
 * Escape hides it (WCAG 1.4.13); the cell's accessible name already says the same, so the tooltip
 * is for sighted pointer and keyboard users and is hidden from the accessibility tree.
 */
export function GridTooltip({ gridRef }: { gridRef: RefObject<HTMLElement | null> }) {
  const [tip, setTip] = useState<Tip>();
  const id = useId();
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const show = (event: Event) => {
      const cell = (event.target as Element | null)?.closest?.<HTMLElement>(CELL);
      if (cell && grid.contains(cell)) setTip(tipFor(cell));
    };
    const hideUnlessInside = (event: Event) => {
      const next = (event as FocusEvent | PointerEvent).relatedTarget as Node | null;
      if (!next || !grid.contains(next)) setTip(undefined);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTip(undefined);
    };
    const hide = () => setTip(undefined);
    grid.addEventListener('pointerover', show);
    grid.addEventListener('focusin', show);
    grid.addEventListener('pointerleave', hide);
    grid.addEventListener('focusout', hideUnlessInside);
    grid.addEventListener('keydown', onKey);
    globalThis.addEventListener('scroll', hide, true);
    return () => {
      grid.removeEventListener('pointerover', show);
      grid.removeEventListener('focusin', show);
      grid.removeEventListener('pointerleave', hide);
      grid.removeEventListener('focusout', hideUnlessInside);
      grid.removeEventListener('keydown', onKey);
      globalThis.removeEventListener('scroll', hide, true);
    };
  }, [gridRef]);

  // A cell that re-renders with new text (a new "as of" date) updates the open tooltip.
  const text = tip?.cell.isConnected ? (tip.cell.dataset.tip ?? tip.text) : undefined;
  if (!tip || !text) return null;
  return (
    <div
      id={id}
      className={tip.below ? 'grid-tooltip below' : 'grid-tooltip'}
      aria-hidden="true"
      data-testid="grid-tooltip"
      style={{ left: tip.left, top: tip.top }}
    >
      {text}
    </div>
  );
}
