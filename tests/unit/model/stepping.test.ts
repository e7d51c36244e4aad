import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import { adjacentStatementDay } from '../../../src/model/stepping';
import type { IsoDate } from '../../../src/model/types';
import { miniDataset } from '../../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const day = (s: string) => s as IsoDate;
const all = {
  parties: new Set(['north', 'south', 'league']),
  issues: new Set(['border', 'alliance']),
};

describe('adjacentStatementDay', () => {
  it('steps to the next and previous statement day, skipping same-day statements', () => {
    expect(adjacentStatementDay(index, day('2022-03-01'), 1)).toBe('2024-06-14');
    expect(adjacentStatementDay(index, day('2024-06-14'), -1)).toBe('2022-03-01');
  });

  it('reaches a month-precision statement on the first of its month', () => {
    expect(adjacentStatementDay(index, day('2022-02-15'), 1)).toBe('2022-03-01');
  });

  it('says there is nothing beyond the ends', () => {
    expect(adjacentStatementDay(index, day('2024-11-20'), 1)).toBeUndefined();
    expect(adjacentStatementDay(index, day('2022-03-01'), -1)).toBeUndefined();
  });

  it('counts only the statements the view shows', () => {
    const onlyLeague = {
      ...all,
      parties: new Set(['league']),
      minReliability: 'reported' as const,
    };
    expect(adjacentStatementDay(index, day('2022-03-01'), 1, onlyLeague)).toBe('2024-11-20');
    const officialBorder = {
      ...all,
      issues: new Set(['border']),
      minReliability: 'official' as const,
    };
    expect(adjacentStatementDay(index, day('2024-12-31'), -1, officialBorder)).toBe('2024-06-14');
    expect(adjacentStatementDay(index, day('2024-06-14'), -1, officialBorder)).toBeUndefined();
  });
});
