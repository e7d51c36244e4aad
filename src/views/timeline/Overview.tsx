import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import {
  dayToX,
  marginOf,
  overviewCentre,
  overviewDrag,
  overviewWindow,
  timeScale,
  type DayRange,
} from './timeline-controller';
import type { RangeControl } from './use-timeline-range';

const HEIGHT = 22;

/** Year boundaries on the strip (the whole period plus margins on `[x0, x1]`). */
export function overviewYears(period: DayRange, x0: number, x1: number) {
  const margin = marginOf(period);
  const scale = timeScale({ from: period.from - margin, to: period.to + margin }, x0, x1);
  const first = new Date((period.from - margin) * 86_400_000).getUTCFullYear();
  const last = new Date((period.to + margin) * 86_400_000).getUTCFullYear();
  const out: { x: number; year: number }[] = [];
  for (let year = first + 1; year <= last; year++)
    out.push({ year, x: dayToX(scale, Date.UTC(year, 0, 1) / 86_400_000) });
  return out;
}

/**
 * The whole period as a thin strip under the lanes with a frame for the visible window: drag the
 * frame to move it, press beside it to centre it there. Pointer only; the keyboard has + − and
 * Shift+arrows on the timeline and the quick-range buttons.
 */
export function Overview({
  period,
  view,
  x0,
  x1,
  width,
  control,
}: {
  readonly period: DayRange;
  readonly view: DayRange;
  readonly x0: number;
  readonly x1: number;
  readonly width: number;
  readonly control: RangeControl;
}) {
  const drag = useRef<{ id: number; x: number; start: DayRange } | undefined>(undefined);
  const frame = overviewWindow(view, period, x0, x1);
  const years = overviewYears(period, x0, x1);
  const down = (e: ReactPointerEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    if (x < x0 - 4) return;
    if (x < frame.x || x > frame.x + frame.width)
      control.live(overviewCentre(control.current(), x, period, x0, x1));
    drag.current = { id: e.pointerId, x, start: control.current() };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const move = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d?.id !== e.pointerId) return;
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    control.live(overviewDrag(d.start, x - d.x, period, x1 - x0));
  };
  const up = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (drag.current?.id !== e.pointerId) return;
    drag.current = undefined;
    control.commit();
  };
  return (
    <svg
      className="timeline-overview"
      width={width}
      height={HEIGHT}
      aria-hidden="true"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    >
      <rect className="overview-track" x={x0} y={4} width={Math.max(0, x1 - x0)} height={14} />
      {years.map((y) => (
        <g key={y.year}>
          <line className="tick" x1={y.x} x2={y.x} y1={4} y2={18} />
          <text className="overview-label" x={y.x + 2} y={15}>
            {y.year}
          </text>
        </g>
      ))}
      <rect className="overview-window" x={frame.x} y={2} width={frame.width} height={18} rx={3} />
    </svg>
  );
}
