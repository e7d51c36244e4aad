import { EVENTS_HEIGHT, AXIS_HEIGHT } from './timeline-layout';
import type { PlacedEvent } from './events-layout';

/** The events band between the axis and the lanes: ranges as bars, days as diamonds, titles that fit. */
export function EventsBand({
  events,
  label,
}: {
  readonly events: readonly PlacedEvent[];
  readonly label: (e: PlacedEvent) => string;
}) {
  const mid = AXIS_HEIGHT + EVENTS_HEIGHT / 2;
  return (
    <g className="timeline-events">
      {events.map((e) => (
        <g key={e.event.id} className={`event event-${e.kind}`}>
          <title>{label(e)}</title>
          {e.x1 > e.x0 + 1 ? (
            <rect x={e.x0} y={mid - 4} width={e.x1 - e.x0} height={8} rx={2} />
          ) : (
            <path d={`M${e.x0},${mid - 5}l5,5l-5,5l-5,-5Z`} />
          )}
          {/* A wide transparent target so the native tooltip is easy to reach. */}
          <rect
            className="event-hit"
            x={e.x0 - 6}
            y={AXIS_HEIGHT}
            width={Math.max(12, e.x1 - e.x0 + 12)}
            height={EVENTS_HEIGHT}
          />
          {e.label && (
            <text className="event-label" x={e.x0 + 7} y={mid + 4}>
              {e.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
