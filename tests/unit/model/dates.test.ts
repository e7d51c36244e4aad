import { endDay, startDay } from '../../../src/model/dates';
import { day } from '../../fixtures/model-fixture';

describe('endDay', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-12', '2024-12-31'],
    ['2024-04', '2024-04-30'],
    ['2024-06-15', '2024-06-15'],
  ])('endDay(%s) is %s', (d, expected) => {
    expect(endDay(day(d))).toBe(expected);
  });

  it('never precedes startDay', () => {
    for (const d of ['2024-01', '2024-01-31', '1999-12']) {
      expect(startDay(day(d)) <= endDay(day(d))).toBe(true);
    }
  });
});
