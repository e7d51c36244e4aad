import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../model/types';
import { rangeFromDates, rangeToDates, type DayRange } from './timeline-controller';

export type DateRange = { readonly from: IsoDate; readonly to: IsoDate };

/** How long the window must rest after a wheel or key zoom before it goes to the URL. */
export const SETTLE_MS = 300;

export interface RangeControl {
  /** The window drawn now. */
  readonly view: DayRange;
  /** The latest window, also between frames (gestures compute from it). */
  readonly current: () => DayRange;
  /** Shows `next` on the next animation frame (never more than one render per frame). */
  readonly live: (next: DayRange) => void;
  /** Reports the current window through `onRange`, after `delay` ms of rest. */
  readonly commit: (delay?: number) => void;
}

/**
 * The timeline's visible window: follows `range` (the URL's `from`/`to`) when it changes, moves
 * live during gestures, and reports to `onRange` only when a gesture ends or a zoom settles, so
 * the history is not flooded.
 */
export function useTimelineRange(
  period: DayRange,
  range: DateRange | undefined,
  onRange: ((range: DateRange | undefined) => void) | undefined,
): RangeControl {
  const from = range?.from;
  const to = range?.to;
  const external = useMemo(
    () => rangeFromDates(from && to ? { from, to } : undefined, period),
    [from, to, period],
  );
  const [view, setView] = useState(external);
  const [seen, setSeen] = useState(external);
  if (seen !== external) {
    setSeen(external);
    setView(external);
  }
  const latest = useRef(view);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const report = useRef(onRange);
  useEffect(() => {
    report.current = onRange;
  });
  // A new window from outside (URL, quick range) replaces whatever a gesture left.
  useEffect(() => {
    latest.current = external;
  }, [external]);
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(timer.current);
    },
    [],
  );
  const live = useCallback((next: DayRange) => {
    latest.current = next;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setView(latest.current);
    });
  }, []);
  const commit = useCallback(
    (delay = 0) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(
        () => report.current?.(rangeToDates(latest.current, period)),
        delay,
      );
    },
    [period],
  );
  const current = useCallback(() => latest.current, []);
  return { view, current, live, commit };
}
