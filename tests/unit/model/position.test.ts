import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import { startDay } from '../../../src/model/dates';
import { hasStance, positionAt, positionOf } from '../../../src/model/position';
import type { Position } from '../../../src/model/position';
import { passes } from '../../../src/model/reliability';
import type { IsoDate, Reliability, Statement } from '../../../src/model/types';
import {
  FIXTURE,
  arbDate,
  arbReliability,
  arbStatements,
  day,
  makeDataset,
  stmt,
} from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const idAt = (
  party: string,
  issue: string,
  asOf: string,
  min?: Reliability,
): string | undefined => {
  const p = positionAt(index, party, issue, day(asOf), min);
  return p.kind === 'known' ? p.statement.id : undefined;
};

describe('positionAt', () => {
  it('is unknown for a pair without statements, an unknown party or an unknown issue', () => {
    expect(positionAt(index, 'us', 'territory', day('2025-12-31'))).toEqual({ kind: 'unknown' });
    expect(positionAt(index, 'nobody', 'nato', day('2025-12-31')).kind).toBe('unknown');
    expect(positionAt(index, 'ua', 'nothing', day('2025-12-31')).kind).toBe('unknown');
  });

  it('is unknown before the first statement and known from its day on', () => {
    expect(idAt('ua', 'nato', '2021-12-19')).toBeUndefined();
    expect(idAt('ua', 'nato', '2021-12-20')).toBe('ua-nato-2021');
    expect(idAt('ua', 'nato', '1900-01-01')).toBeUndefined();
  });

  it('takes the latest statement on or before the date, not the nearest one', () => {
    expect(idAt('ua', 'nato', '2022-02-28')).toBe('ua-nato-2021');
    expect(idAt('ua', 'nato', '2024-11-30')).toBe('ua-nato-2022');
    expect(idAt('ua', 'nato', '2099-01-01')).toBe('ua-nato-dec-b');
  });

  it('holds a month-precision statement on every day of its month and after, not before', () => {
    expect(idAt('us', 'nato', '2024-10-31')).toBeUndefined();
    expect(idAt('us', 'nato', '2024-11-01')).toBe('us-nato-2024');
    expect(idAt('us', 'nato', '2024-11-30')).toBe('us-nato-2024');
    expect(idAt('us', 'nato', '2025-06-15')).toBe('us-nato-2024');
  });

  it('lets a day in the month supersede the month-precision statement from that day', () => {
    expect(idAt('ru', 'sanctions', '2022-03-01')).toBe('ru-sanctions-2022');
    expect(idAt('ru', 'sanctions', '2022-03-15')).toBe('ru-sanctions-2022');
    expect(idAt('ru', 'sanctions', '2022-03-16')).toBe('ru-sanctions-mar16');
  });

  it('reads a month-precision asOf as the 1st of that month', () => {
    expect(idAt('ua', 'nato', '2022-03')).toBe('ua-nato-2022');
    expect(idAt('ua', 'nato', '2022-02')).toBe('ua-nato-2021');
    expect(idAt('ru', 'sanctions', '2022-03')).toBe('ru-sanctions-2022');
    expect(idAt('ua', 'nato', '2024-12')).toBe('ua-nato-dec-b');
  });

  it('lets the statement later in the file win among several on the same day', () => {
    expect(idAt('ua', 'nato', '2024-12-01')).toBe('ua-nato-dec-b');
    const swapped = buildIndex(
      makeDataset([
        stmt('later-date-first', 'ua', 'nato', '2024-12-02', ['excluded']),
        stmt('b', 'ua', 'nato', '2024-12-01', ['guarantees']),
        stmt('a', 'ua', 'nato', '2024-12-01', ['long-term']),
        stmt('c', 'ua', 'nato', '2024-12-01', ['full-now']),
      ]),
    );
    const at = (d: string): Position => positionAt(swapped, 'ua', 'nato', day(d));
    expect(at('2024-12-01')).toMatchObject({ statement: { id: 'c' } });
    expect(at('2024-12-02')).toMatchObject({ statement: { id: 'later-date-first' } });
  });

  it('sorts a day-precision statement on the 1st after the month-precision one', () => {
    const d = buildIndex(
      makeDataset([
        stmt('day', 'ua', 'nato', '2024-06-01', ['full-now']),
        stmt('month', 'ua', 'nato', '2024-06', ['excluded']),
      ]),
    );
    expect(positionAt(d, 'ua', 'nato', day('2024-06-01'))).toMatchObject({
      statement: { id: 'day' },
    });
    expect(positionAt(d, 'ua', 'nato', day('2024-06'))).toMatchObject({ statement: { id: 'day' } });
  });

  it('skips a newer reported statement for an older official one under the filter', () => {
    expect(idAt('us', 'sanctions', '2025-03-01')).toBe('us-sanctions-2025');
    expect(idAt('us', 'sanctions', '2025-03-01', 'on-record')).toBe('us-sanctions-2022');
    expect(idAt('us', 'sanctions', '2025-03-01', 'official')).toBe('us-sanctions-2022');
    expect(idAt('ua', 'nato', '2024-12-01', 'on-record')).toBe('ua-nato-dec-a');
    expect(idAt('ua', 'nato', '2024-12-01', 'official')).toBe('ua-nato-2021');
  });

  it('is unknown when no statement passes the filter', () => {
    expect(idAt('us', 'nato', '2025-03-01', 'on-record')).toBeUndefined();
    expect(idAt('hu', 'sanctions', '2025-03-01', 'official')).toBeUndefined();
  });

  it('exposes the sets and the effective preference', () => {
    const ua = positionAt(index, 'ua', 'nato', day('2025-01-01'));
    expect(ua).toMatchObject({ kind: 'known', prefers: 'full-now' });
    if (ua.kind !== 'known') throw new Error('expected known');
    expect([...ua.accepts]).toEqual(['full-now', 'gov-territory']);
    expect(ua.rejects.size).toBe(0);
    // A single accepted outcome is the preference; two without `prefers` are not.
    expect(positionAt(index, 'eu', 'nato', day('2024-01-01'))).toMatchObject({
      prefers: 'long-term',
    });
    expect(positionAt(index, 'us', 'nato', day('2025-01-01'))).toMatchObject({
      prefers: undefined,
    });
    expect(positionAt(index, 'hu', 'sanctions', day('2024-01-01'))).toMatchObject({
      prefers: undefined,
    });
  });

  it('returns the same object whenever the same statement decides', () => {
    const a = positionAt(index, 'ua', 'nato', day('2023-01-01'));
    const b = positionAt(index, 'ua', 'nato', day('2024-01-01'));
    expect(a).toBe(b);
  });

  it('equals a naive linear scan on random datasets', () => {
    const naive = (
      statements: readonly Statement[],
      party: string,
      issue: string,
      asOf: IsoDate,
      min: Reliability,
    ) => {
      let best: number | undefined;
      statements.forEach((s, i) => {
        if (s.party !== party || s.issue !== issue || !passes(s.reliability, min)) return;
        if (s.date > startDay(asOf)) return;
        // Later date wins; on the same date the later index wins, so >= keeps the last one.
        if (best === undefined || s.date >= statements[best]!.date) best = i;
      });
      return best === undefined ? undefined : statements[best];
    };
    fc.assert(
      fc.property(
        arbStatements,
        fc.constantFrom('ua', 'ru', 'us'),
        fc.constantFrom('nato', 'territory', 'sanctions'),
        arbDate,
        arbReliability,
        (statements, party, issue, asOf, min) => {
          const p = positionAt(buildIndex(makeDataset(statements)), party, issue, asOf, min);
          const expected = naive(statements, party, issue, asOf, min);
          expect(p.kind === 'known' ? p.statement : undefined).toBe(expected);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('positionOf', () => {
  it('deduplicates sets and ignores a missing rejects list', () => {
    const p = positionOf(stmt('x', 'ua', 'nato', '2024-01-01', ['long-term', 'long-term']));
    expect([...p.accepts]).toEqual(['long-term']);
    expect(p.prefers).toBe('long-term');
    expect(p.rejects.size).toBe(0);
  });
});

describe('hasStance', () => {
  it.each([
    ['unknown', undefined, false],
    ['accepts only', stmt('a', 'ua', 'nato', '2024-01-01', ['excluded']), true],
    ['red lines only', stmt('r', 'ua', 'nato', '2024-01-01', [], { rejects: ['excluded'] }), true],
    ['withdrawn', stmt('w', 'ua', 'nato', '2024-01-01', []), false],
  ])('%s → %s', (_, s, expected) => {
    expect(hasStance(s ? positionOf(s) : { kind: 'unknown' })).toBe(expected);
  });
});
