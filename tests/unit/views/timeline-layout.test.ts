import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import { passes } from '../../../src/model/reliability';
import type { IsoDate } from '../../../src/model/types';
import { layoutTimeline } from '../../../src/views/timeline/timeline-layout';
import { miniDataset } from '../../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const domain = { first: '2022-01-01' as IsoDate, last: '2024-12-31' as IsoDate };
const layout = (
  parties: string[],
  issues: string[],
  rel: 'reported' | 'official' = 'reported',
  width = 800,
) => layoutTimeline(index.statementsByDate, parties, issues, rel, domain, width, passes);

describe('layoutTimeline', () => {
  it('places one mark per shown statement, in time order, on its party’s lane', () => {
    const l = layout(['north', 'south'], ['border']);
    expect(l.marks.map((m) => m.statement.id)).toEqual(['s2', 's1', 's3']);
    expect(l.marks[0]!.y).toBe(l.lanes[0]!.y);
    expect(l.marks[1]!.y).toBe(l.lanes[1]!.y);
  });

  it('puts a month-precision statement on the first of its month', () => {
    const l = layout(['north', 'south'], ['border']);
    expect(l.marks[0]!.x).toBe(l.xOf('2022-03-01' as IsoDate));
  });

  it('filters by issue and minimum reliability', () => {
    expect(layout(['north', 'south', 'league'], ['alliance']).marks).toHaveLength(2);
    expect(
      layout(['north', 'south'], ['border'], 'official').marks.map((m) => m.statement.id),
    ).toEqual(['s3']);
  });

  it('draws year ticks inside the range and narrows the label column on phones', () => {
    const l = layout(['north'], ['border']);
    // The period starts on 1 January 2022, so 2022 is labelled at the left edge.
    expect(l.ticks.map((t) => t.year)).toEqual([2022, 2023, 2024]);
    expect(layout(['north'], ['border'], 'reported', 360).labels.width).toBeLessThan(
      l.labels.width,
    );
    expect(l.dayAt(l.xOf('2023-05-05' as IsoDate))).toBe(Date.UTC(2023, 4, 5) / 86_400_000);
  });

  it('labels the first year of a window that starts on 1 January', () => {
    const from = Date.UTC(2023, 0, 1) / 86_400_000;
    const to = Date.UTC(2024, 11, 31) / 86_400_000;
    const l = layoutTimeline(
      index.statementsByDate,
      ['north'],
      ['border'],
      'reported',
      domain,
      800,
      passes,
      {
        range: { from, to },
      },
    );
    expect(l.ticks.map((t) => t.year)).toEqual([2023, 2024]);
    expect(l.ticks[0]!.x).toBe(l.plot.x0);
  });
});
