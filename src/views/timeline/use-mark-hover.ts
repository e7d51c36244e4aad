import { useState, type PointerEvent } from 'react';
import type { PlacedMark } from './timeline-layout';

/** The statement under a point, if any: marks are small, so within a few pixels. */
export const hitMark = (marks: readonly PlacedMark[], px: number, py: number) =>
  marks.find((m) => Math.abs(m.x - px) <= 6 && Math.abs(m.y - py) <= 8);

export interface Hover {
  readonly mark: PlacedMark;
  /** Viewport position of the mark's top, for a fixed tooltip. */
  readonly x: number;
  readonly y: number;
}

/**
 * The mark under the mouse while no button is pressed (a drag pans, it does not hover). State
 * changes only when the pointer moves onto another mark or off all of them.
 */
export function useMarkHover(marks: readonly PlacedMark[], enabled: boolean) {
  const [hover, setHover] = useState<Hover | undefined>(undefined);
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!enabled || e.buttons !== 0 || e.pointerType === 'touch') {
      if (hover) setHover(undefined);
      return;
    }
    const box = e.currentTarget.getBoundingClientRect();
    const mark = hitMark(marks, e.clientX - box.left, e.clientY - box.top);
    if (mark?.statement.id === hover?.mark.statement.id) return;
    setHover(mark && { mark, x: box.left + mark.x, y: box.top + mark.y - 10 });
  };
  const onPointerLeave = () => setHover(undefined);
  return { hover: enabled ? hover : undefined, onPointerMove, onPointerLeave };
}
