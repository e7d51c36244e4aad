import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

/**
 * Dragging the "as of" line: reports the day under the pointer at most once per animation frame;
 * `first` is true for the first report of a drag (so the caller can push one history entry and
 * replace it while the drag goes on).
 */
export function useCursorDrag(
  dayAt: (x: number) => number,
  onDay: (day: number, first: boolean) => void,
) {
  const pointer = useRef<number | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);
  const last = useRef<number | undefined>(undefined);
  const frame = useRef(0);
  const reported = useRef(false);
  const report = useRef(onDay);
  useEffect(() => {
    report.current = onDay;
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const schedule = (day: number) => {
    pending.current = day;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const d = pending.current;
      if (d === undefined || d === last.current) return;
      last.current = d;
      report.current(d, !reported.current);
      reported.current = true;
    });
  };
  return {
    start(e: ReactPointerEvent<HTMLElement>, x: number) {
      pointer.current = e.pointerId;
      reported.current = false;
      last.current = undefined;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      e.preventDefault();
      schedule(dayAt(x));
    },
    /** True when the event belongs to a cursor drag (and was handled). */
    move(e: ReactPointerEvent<HTMLElement>, x: number): boolean {
      if (pointer.current !== e.pointerId) return false;
      schedule(dayAt(x));
      return true;
    },
    end(e: ReactPointerEvent<HTMLElement>): boolean {
      if (pointer.current !== e.pointerId) return false;
      pointer.current = undefined;
      return true;
    },
  };
}
