import { addMonths, clampDay } from '../../../src/model/calendar';
import type { IsoDate } from '../../../src/model/types';

const d = (s: string) => s as IsoDate;

describe('addMonths', () => {
  it.each([
    ['2024-06-14', -12, '2023-06-14'],
    ['2024-06-14', -1, '2024-05-14'],
    ['2024-06-14', 0, '2024-06-14'],
    ['2024-06-14', 7, '2025-01-14'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-05-31', -1, '2024-04-30'],
    ['2024-06', -12, '2023-06-01'],
  ])('%s %+d months → %s', (day, months, expected) => {
    expect(addMonths(d(day), months)).toBe(expected);
  });
});

describe('clampDay', () => {
  const first = d('2021-12-01');
  const last = d('2025-03-31');
  it('keeps days inside the range, including its ends', () => {
    expect(clampDay(d('2023-05-05'), first, last)).toBe('2023-05-05');
    expect(clampDay(first, first, last)).toBe(first);
    expect(clampDay(last, first, last)).toBe(last);
  });
  it('moves days outside to the nearest end', () => {
    expect(clampDay(d('2020-01-01'), first, last)).toBe(first);
    expect(clampDay(d('2026-01-01'), first, last)).toBe(last);
  });
});
