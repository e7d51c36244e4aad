import type { IssueHistory, PairSegment } from '../../../src/model/pair-history';
import type { IsoDate } from '../../../src/model/types';
import { layoutPair, MIN_CHART_WIDTH, moveSegment } from '../../../src/views/pair/pair-layout';

const d = (s: string) => s as IsoDate;
const seg = (start: string, end: string | undefined, kind: PairSegment['kind']): PairSegment => ({
  start: d(start),
  end: end === undefined ? undefined : d(end),
  kind,
});
const HISTORIES: IssueHistory[] = [
  {
    issue: 'a',
    segments: [
      seg('2022-01-01', '2022-12-31', 'unknown'),
      seg('2023-01-01', undefined, 'conflict'),
    ],
  },
  { issue: 'empty', segments: [] },
  { issue: 'b', segments: [seg('2022-07-01', undefined, 'overlap')] },
];
const DOMAIN = { first: d('2022-01-01'), last: d('2023-12-31') };

describe('layoutPair', () => {
  const layout = layoutPair(HISTORIES, DOMAIN, 730, d('2023-01-01'));

  it('places segments edge to edge, an open end reaching the last day', () => {
    const [first, second] = layout.rows[0]!.segments;
    expect(first!.x).toBe(0);
    expect(first!.x + first!.width).toBeCloseTo(second!.x);
    expect(second!.x + second!.width).toBeCloseTo(730);
    const late = layout.rows[2]!.segments[0]!;
    expect(late.x + late.width).toBeCloseTo(730);
  });

  it('ticks each 1 January after the first year and marks the as-of day', () => {
    expect(layout.ticks.map((t) => t.year)).toEqual([2023]);
    expect(layout.atX).toBeCloseTo(layout.ticks[0]!.x);
    expect(layoutPair(HISTORIES, DOMAIN, 730, d('2024-02-01')).atX).toBeUndefined();
  });

  it('never gets narrower than the minimum (the chart scrolls instead)', () => {
    expect(layoutPair(HISTORIES, DOMAIN, 200, d('2023-01-01')).width).toBe(MIN_CHART_WIDTH);
  });
});

describe('moveSegment', () => {
  const { rows } = layoutPair(HISTORIES, DOMAIN, 730, d('2023-01-01'));
  it.each([
    ['ArrowRight', { row: 0, col: 0 }, { row: 0, col: 1 }],
    ['ArrowRight', { row: 0, col: 1 }, { row: 0, col: 1 }],
    ['ArrowLeft', { row: 0, col: 0 }, { row: 0, col: 0 }],
    ['End', { row: 0, col: 0 }, { row: 0, col: 1 }],
    ['Home', { row: 0, col: 1 }, { row: 0, col: 0 }],
    // Down skips the row without segments and lands on the segment at the same moment.
    ['ArrowDown', { row: 0, col: 1 }, { row: 2, col: 0 }],
    ['ArrowUp', { row: 2, col: 0 }, { row: 0, col: 1 }],
    ['ArrowUp', { row: 0, col: 0 }, { row: 0, col: 0 }],
  ])('%s from %o goes to %o', (key, from, to) => {
    expect(moveSegment(key, from, rows)).toEqual(to);
  });

  it('ignores other keys', () => {
    expect(moveSegment('a', { row: 0, col: 0 }, rows)).toBeUndefined();
  });
});
