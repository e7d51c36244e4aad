import type { IsoDate } from '../../../src/model/types';
import {
  clampRange,
  cursorDay,
  MIN_SPAN,
  marginOf,
  overviewDrag,
  overviewWindow,
  panByPixels,
  periodOf,
  quickRanges,
  rangeFromDates,
  rangeToDates,
  timeScale,
  dayToX,
  xToDay,
  zoomAbout,
  wheelFactor,
} from '../../../src/views/timeline/timeline-controller';

const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
const period = periodOf({ first: '2021-12-17' as IsoDate, last: '2026-04-10' as IsoDate });

describe('periodOf', () => {
  it('covers whole months for month-precision ends', () => {
    expect(periodOf({ first: '2022-03' as IsoDate, last: '2024-06' as IsoDate })).toEqual({
      from: day('2022-03-01'),
      to: day('2024-06-30'),
    });
  });
});

describe('timeScale, dayToX, xToDay', () => {
  it('maps the window onto the pixels and back', () => {
    const s = timeScale({ from: 100, to: 200 }, 50, 250);
    expect(dayToX(s, 100)).toBe(50);
    expect(dayToX(s, 150)).toBe(150);
    expect(xToDay(s, 250)).toBe(200);
  });
});

describe('zoomAbout', () => {
  const whole = { from: period.from, to: period.to };
  it('keeps the anchor day at the same share of the window', () => {
    const anchor = day('2024-01-01');
    const z = zoomAbout(whole, 4, anchor, period);
    expect((anchor - z.from) / (z.to - z.from)).toBeCloseTo(
      (anchor - whole.from) / (whole.to - whole.from),
    );
    expect(z.to - z.from).toBeCloseTo((whole.to - whole.from) / 4);
  });
  it('never narrower than a week nor wider than the period plus margins', () => {
    const narrow = zoomAbout(whole, 1e6, day('2024-01-01'), period);
    expect(narrow.to - narrow.from).toBe(MIN_SPAN);
    const wide = zoomAbout(whole, 1e-6, day('2024-01-01'), period);
    expect(wide).toEqual({
      from: period.from - marginOf(period),
      to: period.to + marginOf(period),
    });
  });
  it('ignores nonsense factors; the wheel factor undoes itself', () => {
    expect(zoomAbout(whole, 0, 0, period)).toBe(whole);
    expect(wheelFactor(100) * wheelFactor(-100)).toBeCloseTo(1);
  });
});

describe('panByPixels', () => {
  const w = { from: day('2023-01-01'), to: day('2023-12-31') };
  it('moves earlier when dragged right, by the window share of the drag', () => {
    const p = panByPixels(w, 100, 1000, period);
    expect(p.from).toBeCloseTo(w.from - 36.4);
    expect(p.to - p.from).toBeCloseTo(w.to - w.from);
  });
  it('stops at the period plus margin', () => {
    const p = panByPixels(w, 1e6, 1000, period);
    expect(p.from).toBe(period.from - marginOf(period));
    expect(panByPixels(w, 5, 0, period)).toBe(w);
  });
});

describe('cursorDay', () => {
  const s = timeScale({ from: period.from - 10, to: period.to + 10 }, 0, 1000);
  it('snaps to whole days inside the data', () => {
    expect(Number.isInteger(cursorDay(s, 333.3, period))).toBe(true);
    expect(cursorDay(s, -50, period)).toBe(period.from);
    expect(cursorDay(s, 5000, period)).toBe(period.to);
  });
});

describe('quickRanges', () => {
  it('lists the years the data covers substantially, since the last one, and all', () => {
    const q = quickRanges(period);
    expect(q.map((r) => (r.kind === 'all' ? 'all' : `${r.kind}${r.year}`))).toEqual([
      'year2022',
      'year2023',
      'year2024',
      'year2025',
      'since2025',
      'all',
    ]);
    expect(q[0]!.range).toEqual({ from: day('2022-01-01'), to: day('2022-12-31') });
    expect(q[4]!.range).toEqual({ from: day('2025-01-01'), to: period.to });
  });
  it('has no "since" when the data ends in the last listed year', () => {
    const short = periodOf({ first: '2022-03-01' as IsoDate, last: '2024-11-20' as IsoDate });
    expect(quickRanges(short).map((r) => r.kind)).toEqual(['year', 'year', 'year', 'all']);
  });
});

describe('rangeFromDates / rangeToDates', () => {
  it('round-trips a window through whole days', () => {
    const dates = { from: '2023-02-01' as IsoDate, to: '2023-05-31' as IsoDate };
    const r = rangeFromDates(dates, period);
    expect(r).toEqual({ from: day('2023-02-01'), to: day('2023-05-31') });
    expect(rangeToDates(r, period)).toEqual(dates);
  });
  it('reads month precision as whole months', () => {
    const r = rangeFromDates({ from: '2023-02' as IsoDate, to: '2023-03' as IsoDate }, period);
    expect(r).toEqual({ from: day('2023-02-01'), to: day('2023-03-31') });
  });
  it('falls back to the whole period for none, reversed or outside the data', () => {
    expect(rangeFromDates(undefined, period)).toBe(period);
    const at = (from: string, to: string) =>
      rangeFromDates({ from: from as IsoDate, to: to as IsoDate }, period);
    expect(at('2024-05-01', '2023-01-01')).toBe(period);
    expect(at('1990-01-01', '1991-01-01')).toBe(period);
    expect(at('2030-01-01', '2031-01-01')).toBe(period);
  });
  it('clamps a partly outside or too narrow window, and drops the whole period from the URL', () => {
    const r = rangeFromDates(
      { from: '2010-01-01' as IsoDate, to: '2023-01-01' as IsoDate },
      period,
    );
    expect(r.from).toBe(period.from - marginOf(period));
    expect(rangeToDates(clampRange({ from: 0, to: 1e6 }, period), period)).toBeUndefined();
    const one = rangeFromDates(
      { from: '2023-01-01' as IsoDate, to: '2023-01-02' as IsoDate },
      period,
    );
    expect(one.to - one.from).toBe(MIN_SPAN);
  });
});

describe('overview', () => {
  it('draws the window on the whole strip and moves it with the pointer', () => {
    const w = { from: day('2023-01-01'), to: day('2023-12-31') };
    const f = overviewWindow(w, period, 0, 1000);
    expect(f.x).toBeGreaterThan(0);
    expect(f.x + f.width).toBeLessThan(1000);
    const moved = overviewDrag(w, 100, period, 1000);
    expect(moved.from).toBeGreaterThan(w.from);
    expect(overviewWindow(moved, period, 0, 1000).x).toBeCloseTo(f.x + 100, 0);
  });
});
