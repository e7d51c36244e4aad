import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import {
  cursorDay,
  panByPixels,
  wheelFactor,
  xToDay,
  zoomAbout,
  type DayRange,
} from './timeline-controller';
import type { TimelineLayout } from './timeline-layout';
import { SETTLE_MS, type RangeControl } from './use-timeline-range';
import { useCursorDrag } from './use-cursor-drag';

/** Pixels a press may move and still count as a click. */
const CLICK_SLOP = 4;

interface Gesture {
  kind: 'pan' | 'pinch';
  startX: number;
  start: DayRange;
  distance: number;
  anchor: number;
  moved: boolean;
}

const spread = (points: Map<number, { x: number; y: number }>) => {
  const [a, b] = [...points.values()];
  if (!a || !b) return { distance: 0, mid: 0 };
  return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: (a.x + b.x) / 2 };
};

/** Wheel over the plot zooms about the pointer (horizontal wheel pans); the page does not scroll. */
function useWheelZoom(
  plot: RefObject<HTMLDivElement | null>,
  layout: TimelineLayout,
  period: DayRange,
  control: RangeControl,
) {
  const state = useRef({ layout, period, control });
  useEffect(() => {
    state.current = { layout, period, control };
  });
  useEffect(() => {
    const el = plot.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const { layout: l, period: p, control: c } = state.current;
      const x = e.clientX - el.getBoundingClientRect().left;
      if (x < l.plot.x0) return;
      e.preventDefault();
      const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
      const width = l.plot.x1 - l.plot.x0;
      if (horizontal) c.live(panByPixels(c.current(), -(e.deltaX || e.deltaY), width, p));
      else c.live(zoomAbout(c.current(), wheelFactor(e.deltaY), xToDay(l.scale, x), p));
      c.commit(SETTLE_MS);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [plot]);
}

/**
 * Pointer gestures on the plot: drag pans, two pointers pinch-zoom, the "as of" line drags the
 * date (see `useCursorDrag`). `wasDrag()` tells the click handler to ignore the click ending a drag.
 */
export function usePlotGestures(
  plot: RefObject<HTMLDivElement | null>,
  layout: TimelineLayout,
  period: DayRange,
  control: RangeControl,
  onSeekDay: (day: number, first: boolean) => void,
) {
  useWheelZoom(plot, layout, period, control);
  const points = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<Gesture | undefined>(undefined);
  const dragged = useRef(false);
  const cursor = useCursorDrag((x) => cursorDay(layout.scale, x, period), onSeekDay);
  const local = (e: ReactPointerEvent) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const begin = () => {
    const { distance, mid } = spread(points.current);
    const kind = points.current.size >= 2 ? 'pinch' : 'pan';
    const first = [...points.current.values()][0];
    gesture.current = {
      kind,
      startX: first?.x ?? 0,
      start: control.current(),
      distance,
      anchor: xToDay(layout.scale, mid),
      moved: kind === 'pinch',
    };
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const p = local(e);
    dragged.current = false;
    if ((e.target as Element).closest?.('[data-cursor]') && points.current.size === 0) {
      cursor.start(e, p.x);
      return;
    }
    if (p.x < layout.plot.x0 && points.current.size === 0) return;
    points.current.set(e.pointerId, p);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    begin();
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (cursor.move(e, local(e).x)) return;
    const g = gesture.current;
    if (!g || !points.current.has(e.pointerId)) return;
    points.current.set(e.pointerId, local(e));
    const width = layout.plot.x1 - layout.plot.x0;
    if (g.kind === 'pinch') {
      const { distance } = spread(points.current);
      if (g.distance > 0 && distance > 0)
        control.live(zoomAbout(g.start, distance / g.distance, g.anchor, period));
      return;
    }
    const dx = local(e).x - g.startX;
    if (Math.abs(dx) > CLICK_SLOP) g.moved = true;
    if (g.moved) control.live(panByPixels(g.start, dx, width, period));
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (cursor.end(e)) {
      dragged.current = true;
      return;
    }
    if (!points.current.delete(e.pointerId)) return;
    const g = gesture.current;
    if (g?.moved) {
      dragged.current = true;
      control.commit();
    }
    if (points.current.size > 0) begin();
    else gesture.current = undefined;
  };
  const wasDrag = () => {
    const d = dragged.current;
    dragged.current = false;
    return d;
  };
  return {
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
    },
    wasDrag,
  };
}
