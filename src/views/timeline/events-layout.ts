import { dayNumber, endDay, startDay } from '../../model/dates';
import type { EventKind, NegotiationEvent } from '../../model/types';
import { dayToX, type DayRange, type TimeScale } from './timeline-controller';

export interface PlacedEvent {
  readonly event: NegotiationEvent;
  readonly kind: EventKind;
  /** Left and right edge; equal for a single-day event. */
  readonly x0: number;
  readonly x1: number;
  /** The title when it fits without overlapping the previous one, else `undefined`. */
  readonly label: string | undefined;
}

/** Events (points, or ranges with `endDate`) overlapping window `r`, in time order. */
export function eventsInRange(
  events: readonly NegotiationEvent[],
  r: DayRange,
): NegotiationEvent[] {
  return events
    .filter((e) => {
      const a = dayNumber(startDay(e.date));
      const b = dayNumber(endDay(e.endDate ?? e.date));
      return b >= Math.floor(r.from) && a <= Math.ceil(r.to);
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Pixels a title keeps clear of the next event's marker. */
const MARKER_CLEARANCE = 7;

/**
 * Places the events of the window on the band; a title is drawn right of its event when it fits
 * before `xMax`, clears the previous title by `gap` pixels and ends before the next event's
 * marker (`measure` gives a text's width).
 */
export function layoutEvents(
  events: readonly NegotiationEvent[],
  r: DayRange,
  scale: TimeScale,
  xMax: number,
  title: (e: NegotiationEvent) => string,
  measure: (text: string) => number,
  gap = 8,
): PlacedEvent[] {
  const [lo, hi] = scale.range() as [number, number];
  const placed = eventsInRange(events, r).map((event) => {
    const x0 = Math.max(lo, dayToX(scale, dayNumber(startDay(event.date))));
    const x1 = event.endDate
      ? Math.min(hi, dayToX(scale, dayNumber(endDay(event.endDate)) + 1))
      : x0;
    return { event, kind: event.kind, x0, x1 };
  });
  let free = -Infinity;
  return placed.map((p, i) => {
    // Events drawn on (almost) the same spot share the marker; the next one further right limits.
    const next = placed.slice(i + 1).find((q) => q.x0 - p.x0 >= MARKER_CLEARANCE);
    const limit = Math.min(xMax, next ? next.x0 - MARKER_CLEARANCE : Infinity);
    const text = title(p.event);
    const start = p.x0 + 5;
    const width = measure(text);
    const fits = start >= free && start + width <= limit;
    if (fits) free = start + width + gap;
    return { ...p, label: fits ? text : undefined };
  });
}
