import type { ScaleTime } from 'd3-scale';
import { dayNumber, endDay, startDay } from '../../model/dates';
import type { EventKind, NegotiationEvent } from '../../model/types';
import { dayToX, type DayRange } from './timeline-controller';

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

/**
 * Places the events of the window on the band; a title is drawn right of its event when it fits
 * before `xMax` and clears the previous title by `gap` pixels (`measure` gives a text's width).
 */
export function layoutEvents(
  events: readonly NegotiationEvent[],
  r: DayRange,
  scale: ScaleTime<number, number>,
  xMax: number,
  title: (e: NegotiationEvent) => string,
  measure: (text: string) => number,
  gap = 8,
): PlacedEvent[] {
  let free = -Infinity;
  const [lo, hi] = scale.range() as [number, number];
  return eventsInRange(events, r).map((event) => {
    const x0 = Math.max(lo, dayToX(scale, dayNumber(startDay(event.date))));
    const x1 = event.endDate
      ? Math.min(hi, dayToX(scale, dayNumber(endDay(event.endDate)) + 1))
      : x0;
    const text = title(event);
    const start = x0 + 5;
    const width = measure(text);
    const fits = start >= free && start + width <= xMax;
    if (fits) free = start + width + gap;
    return { event, kind: event.kind, x0, x1, label: fits ? text : undefined };
  });
}
