import {
  binMarks,
  isCrowded,
  MAX_MARKS,
  MIN_SPACING,
  shade,
} from '../../../src/views/timeline/density';

describe('isCrowded', () => {
  it('switches to counts once marks in a lane would sit closer than the minimum spacing', () => {
    const capacity = (4 * 600) / MIN_SPACING;
    expect(isCrowded(capacity, 4, 600)).toBe(false);
    expect(isCrowded(capacity + 1, 4, 600)).toBe(true);
  });

  it('caps the marks drawn singly, however wide the plot', () => {
    expect(isCrowded(MAX_MARKS, 60, 100_000)).toBe(false);
    expect(isCrowded(MAX_MARKS + 1, 60, 100_000)).toBe(true);
  });

  it('never calls an empty timeline or one without width crowded', () => {
    expect(isCrowded(50_000, 0, 600)).toBe(false);
    expect(isCrowded(50_000, 3, 0)).toBe(false);
    expect(isCrowded(0, 3, 600)).toBe(false);
  });
});

describe('binMarks', () => {
  it('counts marks per lane and bucket and finds the largest count', () => {
    const d = binMarks(
      [
        { lane: 0, x: 100 },
        { lane: 0, x: 101.5 },
        { lane: 0, x: 103 },
        { lane: 1, x: 100 },
      ],
      2,
      100,
      110,
      2,
    );
    expect(d.buckets).toBe(5);
    expect([...d.counts.slice(0, 5)]).toEqual([2, 1, 0, 0, 0]);
    expect([...d.counts.slice(5)]).toEqual([1, 0, 0, 0, 0]);
    expect(d.max).toBe(2);
  });

  it('ignores marks outside the plot or on lanes that do not exist, and keeps the right edge', () => {
    const d = binMarks(
      [
        { lane: 0, x: 99 },
        { lane: 0, x: 111 },
        { lane: 3, x: 105 },
        { lane: -1, x: 105 },
        { lane: 0, x: 110 },
      ],
      1,
      100,
      110,
      2,
    );
    expect(d.counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(d.counts[d.buckets - 1]).toBe(1);
  });

  it('handles an empty selection', () => {
    const d = binMarks([], 0, 0, 100);
    expect(d.counts).toHaveLength(0);
    expect(d.max).toBe(0);
  });
});

describe('shade', () => {
  it('leaves empty buckets blank, keeps a single statement visible and the busiest solid', () => {
    expect(shade(0, 10)).toBe(0);
    expect(shade(1, 10)).toBeCloseTo(0.25);
    expect(shade(10, 10)).toBe(1);
    expect(shade(1, 1)).toBe(1);
    expect(shade(3, 10)).toBeGreaterThan(shade(2, 10));
  });
});
