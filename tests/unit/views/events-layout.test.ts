import type { IsoDate, NegotiationEvent } from '../../../src/model/types';
import { dayNumber } from '../../../src/model/dates';
import { layoutEvents } from '../../../src/views/timeline/events-layout';
import { timeScale } from '../../../src/views/timeline/timeline-controller';

const event = (id: string, date: string, endDate?: string): NegotiationEvent =>
  ({
    id,
    date: date as IsoDate,
    ...(endDate ? { endDate: endDate as IsoDate } : {}),
    kind: 'talks',
    title: { en: id },
  }) as NegotiationEvent;

// 1 px per day from 2024-01-01 (x = 0) over 100 days.
const from = dayNumber('2024-01-01' as IsoDate);
const range = { from, to: from + 100 };
const scale = timeScale(range, 0, 100);
const width = (text: string) => text.length * 10;
const labels = (events: NegotiationEvent[]) =>
  layoutEvents(events, range, scale, 100, (e) => String(e.title.en), width).map((e) => e.label);

describe('layoutEvents', () => {
  it('writes a title when it ends before the next event’s marker', () => {
    expect(labels([event('ab', '2024-01-02'), event('c', '2024-02-10')])).toEqual(['ab', 'c']);
  });

  it('leaves out a title that would run over the next event’s marker', () => {
    // "long" is 40 px from x = 6: it would cover the marker at x = 20.
    expect(labels([event('long', '2024-01-02'), event('b', '2024-01-21')])).toEqual([
      undefined,
      'b',
    ]);
  });

  it('lets events on the same day share a marker, and stops at the plot’s edge', () => {
    expect(labels([event('ab', '2024-01-02'), event('c', '2024-01-02')])).toEqual([
      'ab',
      undefined,
    ]);
    expect(labels([event('toolongforit', '2024-03-20')])).toEqual([undefined]);
  });

  it('gives a range its start and end, and an empty window nothing', () => {
    const [placed] = layoutEvents(
      [event('r', '2024-01-11', '2024-01-20')],
      range,
      scale,
      100,
      () => 'r',
      width,
    );
    expect(placed!.x0).toBeCloseTo(10);
    expect(placed!.x1).toBeCloseTo(20);
    expect(labels([])).toEqual([]);
  });
});
