import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import type { DatasetIndex } from '../../../src/model/dataset-index';
import { dayNumber, fromDayNumber } from '../../../src/model/dates';
import { positionAt } from '../../../src/model/position';
import { shiftBetween } from '../../../src/model/shift';
import { nextShiftDay, shiftDays } from '../../../src/model/shift-days';
import type { StepFilter } from '../../../src/model/stepping';
import { RELIABILITY_ORDER } from '../../../src/model/types';
import type { IsoDate, Reliability, Statement } from '../../../src/model/types';
import {
  arbReliability,
  arbStatements,
  day,
  FIXTURE,
  ISSUES,
  makeDataset,
  PARTIES,
  stmt,
} from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const ALL_PARTIES = PARTIES.map((p) => p.id);
const ALL_ISSUES = ISSUES.map((i) => i.id);

function filter(
  parties: readonly string[] = ALL_PARTIES,
  issues: readonly string[] = ALL_ISSUES,
  minReliability: Reliability = 'reported',
): StepFilter {
  return { parties: new Set(parties), issues: new Set(issues), minReliability };
}

const indexOf = (statements: readonly Statement[]) => buildIndex(makeDataset(statements));

/** The obvious, slow answer: compare every visible position on every day with the day before. */
function naiveShiftDays(idx: DatasetIndex, f: StepFilter): IsoDate[] {
  const extent = idx.extent;
  if (!extent) return [];
  const days: IsoDate[] = [];
  for (let n = dayNumber(extent.first); n <= dayNumber(extent.last); n++) {
    const [before, at] = [fromDayNumber(n - 1), fromDayNumber(n)];
    const shifted = [...f.parties].some((p) =>
      [...f.issues].some(
        (i) =>
          shiftBetween(
            positionAt(idx, p, i, before, f.minReliability),
            positionAt(idx, p, i, at, f.minReliability),
          ) !== 'restated',
      ),
    );
    if (shifted) days.push(at);
  }
  return days;
}

describe('shiftDays', () => {
  it('lists every day a visible position changes in kind, skipping restatements', () => {
    expect(shiftDays(index, filter())).toEqual([
      '2021-12-17',
      '2021-12-20',
      '2022-02-24',
      '2022-02-25',
      '2022-03-01', // ua nato changed and ru sanctions new, both month precision
      '2022-03-16',
      '2022-11-01',
      '2022-12-01',
      '2023-05-09', // eu territory hardened; its restatement on 2023-09-01 is no shift
      '2023-06-01', // red lines only still count as a position
      '2023-07-12',
      '2024-06-14',
      '2024-11-01',
      '2024-11-29',
      '2024-12-01',
      '2025-01-01', // dropped (withdrawn)
      '2025-02-12',
      '2025-06-02', // new again after the withdrawal
    ]);
  });

  it('counts only the parties, issues and reliability the view shows', () => {
    expect(shiftDays(index, filter(['ua'], ['nato']))).toEqual([
      '2021-12-20',
      '2022-03-01',
      '2024-12-01',
    ]);
    expect(shiftDays(index, filter(['ua'], ['nato'], 'official'))).toEqual(['2021-12-20']);
    expect(shiftDays(index, filter(['eu'], ['territory'], 'official'))).toEqual(['2022-12-01']);
    expect(shiftDays(index, filter([], ALL_ISSUES))).toEqual([]);
    expect(shiftDays(index, filter(['nobody'], ['nothing']))).toEqual([]);
  });

  it('takes the last of same-day statements, so a change undone that day is no shift', () => {
    const idx = indexOf([
      stmt('a', 'ua', 'nato', '2022-01-10', ['long-term']),
      stmt('b', 'ua', 'nato', '2022-02-01', ['excluded']),
      stmt('c', 'ua', 'nato', '2022-02-01', ['long-term']),
      stmt('d', 'ua', 'nato', '2022-03', ['guarantees']),
      stmt('e', 'ua', 'nato', '2022-03-01', ['long-term']),
      stmt('f', 'ua', 'nato', '2022-04', ['guarantees']),
    ]);
    expect(shiftDays(idx, filter())).toEqual(['2022-01-10', '2022-04-01']);
  });

  it('places a month-precision shift on the 1st of its month', () => {
    const idx = indexOf([
      stmt('a', 'ru', 'territory', '2023-02', ['cede-four']),
      stmt('b', 'ru', 'territory', '2023-02-20', ['cede-four'], { rejects: ['borders-1991'] }),
    ]);
    expect(shiftDays(idx, filter())).toEqual(['2023-02-01', '2023-02-20']);
  });

  it('is empty without statements, and when the only statements restate', () => {
    expect(shiftDays(indexOf([]), filter())).toEqual([]);
    const withdrawnOnly = indexOf([stmt('a', 'us', 'sanctions', '2022-05-05', [])]);
    expect(shiftDays(withdrawnOnly, filter())).toEqual([]);
  });

  it('remembers the result for an equal filter, even a rebuilt one', () => {
    const first = shiftDays(index, filter(['ua', 'ru'], ['nato']));
    expect(shiftDays(index, filter(['ru', 'ua'], ['nato']))).toBe(first);
    expect(shiftDays(index, filter(['ru', 'ua'], ['nato'], 'official'))).not.toBe(first);
  });

  it('agrees with a day-by-day scan on the model fixture, for any selection', () => {
    fc.assert(
      fc.property(
        fc.subarray(ALL_PARTIES),
        fc.subarray(ALL_ISSUES),
        arbReliability,
        (parties, issues, rel) => {
          const f = filter(parties, issues, rel);
          expect(shiftDays(index, f)).toEqual(naiveShiftDays(index, f));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('agrees with a day-by-day scan on random statements', () => {
    fc.assert(
      fc.property(arbStatements, fc.constantFrom(...RELIABILITY_ORDER), (statements, rel) => {
        const idx = indexOf(statements);
        const f = filter(['ua', 'ru', 'us'], ALL_ISSUES, rel);
        expect(shiftDays(idx, f)).toEqual(naiveShiftDays(idx, f));
      }),
      { numRuns: 60 },
    );
  });
});

describe('nextShiftDay', () => {
  const days = [day('2022-03-01'), day('2023-05-09'), day('2024-06-14')];

  it('finds the next shift strictly after and the previous strictly before', () => {
    expect(nextShiftDay(days, day('2023-05-09'), 1)).toBe('2024-06-14');
    expect(nextShiftDay(days, day('2023-05-09'), -1)).toBe('2022-03-01');
    expect(nextShiftDay(days, day('2023-01-01'), 1)).toBe('2023-05-09');
    expect(nextShiftDay(days, day('2023-01-01'), -1)).toBe('2022-03-01');
  });

  it('handles dates before the first and after the last shift', () => {
    expect(nextShiftDay(days, day('2021-01-01'), 1)).toBe('2022-03-01');
    expect(nextShiftDay(days, day('2021-01-01'), -1)).toBeUndefined();
    expect(nextShiftDay(days, day('2022-03-01'), -1)).toBeUndefined();
    expect(nextShiftDay(days, day('2025-01-01'), -1)).toBe('2024-06-14');
    expect(nextShiftDay(days, day('2024-06-14'), 1)).toBeUndefined();
    expect(nextShiftDay([], day('2024-06-14'), 1)).toBeUndefined();
  });

  it('reads a month-precision date as the 1st of its month', () => {
    expect(nextShiftDay(days, day('2022-03'), 1)).toBe('2023-05-09');
    expect(nextShiftDay(days, day('2022-03'), -1)).toBeUndefined();
  });
});
