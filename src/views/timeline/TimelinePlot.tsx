import type { HTMLAttributes, MouseEvent, RefObject } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { Cursor } from './Cursor';
import { EventsBand } from './EventsBand';
import type { PlacedEvent } from './events-layout';
import type { PlacedMark, TimelineLayout } from './timeline-layout';
import { describeEvent, tickLabel } from './timeline-text';
import { TimelineCanvas } from './TimelineCanvas';

/** Lane labels must not run into the marks; the full name is in the keyboard text and the matrix. */
const shorten = (name: string, chars: number) =>
  name.length > chars ? `${name.slice(0, chars - 1)}…` : name;

export interface TimelinePlotProps {
  readonly plotRef: RefObject<HTMLDivElement | null>;
  readonly layout: TimelineLayout;
  readonly laneYs: readonly number[];
  readonly laneNames: readonly string[];
  readonly crowded: boolean;
  readonly scheme: string;
  readonly events: readonly PlacedEvent[];
  readonly active: PlacedMark | undefined;
  readonly onClick: (e: MouseEvent<HTMLDivElement>) => void;
  readonly handlers: HTMLAttributes<HTMLDivElement>;
}

/** The drawing: marks (canvas), then axis, events, lane labels, the "as of" line and the active mark. */
export function TimelinePlot({
  plotRef,
  layout,
  laneYs,
  laneNames,
  crowded,
  scheme,
  events,
  active,
  onClick,
  handlers,
}: TimelinePlotProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { width, height, plot } = layout;
  return (
    // Pointer shortcut only: the same actions are on the keyboard stepper and in the list below.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      ref={plotRef}
      className={crowded ? 'timeline-plot crowded' : 'timeline-plot'}
      style={{ height }}
      onClick={onClick}
      {...handlers}
    >
      <TimelineCanvas
        width={width}
        height={height}
        marks={layout.marks}
        laneYs={laneYs}
        plot={plot}
        crowded={crowded}
        scheme={scheme}
      />
      <svg width={width} height={height} aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.day}>
            <line className="tick" x1={tick.x} x2={tick.x} y1={14} y2={height} />
            {tick.x + 36 < width && (
              <text className="tick-label" x={tick.x + 3} y={12}>
                {tickLabel(tick, lang)}
              </text>
            )}
          </g>
        ))}
        <EventsBand events={events} label={(e) => describeEvent(e, i18n)} />
        <rect className="lane-gutter" x={0} y={0} width={plot.x0} height={height} />
        {laneYs.map((y, i) => (
          <text key={i} className="lane-label" x={4} y={y + 4}>
            {shorten(laneNames[i] ?? '', layout.labels.chars)}
          </text>
        ))}
        <Cursor
          xOf={(day) => {
            const x = layout.xOf(day);
            return x >= plot.x0 - 1 && x <= plot.x1 + 1 ? x : undefined;
          }}
          height={height}
          label={t('timeline.cursor')}
        />
        {active && <circle className="mark-active" cx={active.x} cy={active.y} r={9} />}
      </svg>
    </div>
  );
}
