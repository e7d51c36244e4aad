import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import type { DatasetIndex } from '../../../src/model/dataset-index';
import { dayNumber, fromDayNumber } from '../../../src/model/dates';
import { pairHistory } from '../../../src/model/pair-history';
import type { PairSegment } from '../../../src/model/pair-history';
import { relation } from '../../../src/model/relation';
import type { IsoDate, Reliability } from '../../../src/model/types';
import {
  FIXTURE,
  arbReliability,
  arbStatements,
  day,
  makeDataset,
  stmt,
} from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);

/** A compact, comparable form: `start..end kind[detail]`. */
function brief(s: PairSegment): string {
  const detail =
    s.kind === 'conflict' && s.severity !== undefined
      ? `(${s.severity})`
      : s.kind === 'overlap'
        ? `(${s.compromise!.join('+')})`
        : s.kind === 'agree'
          ? `(${s.outcome})`
          : '';
  return `${s.start}..${s.end ?? ''} ${s.kind}${detail}`;
}

const run = (
  a: string,
  b: string,
  issue: string,
  opts: { from?: string; to?: string; rel?: Reliability; idx?: DatasetIndex } = {},
): string[] =>
  pairHistory(
    opts.idx ?? index,
    a,
    b,
    [issue],
    opts.from as IsoDate | undefined,
    opts.to as IsoDate | undefined,
    opts.rel,
  )[0]!.segments.map(brief);

describe('pairHistory', () => {
  it('starts on the first dataset day, splits where a position changes, month precision from the 1st', () => {
    expect(run('ua', 'ru', 'nato')).toEqual([
      '2021-12-17..2021-12-19 unknown',
      '2021-12-20..2022-02-28 conflict(4)',
      '2022-03-01..2024-11-30 conflict(1)',
      '2024-12-01.. conflict(3)',
    ]);
  });

  it('filters by reliability', () => {
    expect(run('ua', 'ru', 'nato', { rel: 'official' })).toEqual([
      '2021-12-17..2021-12-19 unknown',
      '2021-12-20.. conflict(4)',
    ]);
    expect(run('ua', 'us', 'nato', { rel: 'on-record' })).toEqual(['2021-12-17.. unknown']);
  });

  it('gives one unknown segment when both parties are silent', () => {
    const [h] = pairHistory(index, 'hu', 'us', ['territory']);
    expect(h!.segments).toEqual([
      {
        start: '2021-12-17',
        end: undefined,
        kind: 'unknown',
        severity: undefined,
        compromise: undefined,
        outcome: undefined,
        statementA: undefined,
        statementB: undefined,
      },
    ]);
  });

  it('stays unknown while one party is silent and keeps the speaker’s statement', () => {
    const [h] = pairHistory(index, 'hu', 'ru', ['nato']);
    expect(h!.segments.map(brief)).toEqual(['2021-12-17.. unknown']);
    expect(h!.segments[0]!.statementA).toBeUndefined();
    expect(h!.segments[0]!.statementB?.id).toBe('ru-nato-2021');
  });

  it('merges equal neighbours, and a withdrawal makes the relation unknown again', () => {
    const [h] = pairHistory(index, 'eu', 'ua', ['territory']);
    expect(h!.segments.map(brief)).toEqual([
      '2021-12-17..2022-11-30 unknown',
      '2022-12-01..2024-12-31 agree(borders-1991)',
      '2025-01-01..2025-06-01 unknown',
      '2025-06-02.. overlap(borders-1991+ceasefire-line)',
    ]);
    // The merged agreement keeps the statements that began it.
    expect(h!.segments[1]!.statementA?.id).toBe('eu-territory-1');
    expect(h!.segments[1]!.statementB?.id).toBe('ua-territory-2022');
  });

  it('handles an unordered issue (no severity) and red lines only', () => {
    expect(run('ru', 'us', 'sanctions')).toEqual([
      '2021-12-17..2022-02-28 unknown',
      '2022-03-01..2025-02-11 conflict',
      '2025-02-12.. overlap(ease+lift)',
    ]);
    expect(run('hu', 'us', 'sanctions')).toEqual([
      '2021-12-17..2023-05-31 unknown',
      '2023-06-01..2025-02-11 conflict',
      '2025-02-12.. unknown',
    ]);
  });

  it('lets the later of two same-day statements win, without a zero-length segment', () => {
    const idx = buildIndex(
      makeDataset([
        stmt('ru', 'ru', 'nato', '2023-01-01', ['excluded']),
        stmt('ua-a', 'ua', 'nato', '2024-01-01', ['excluded']),
        stmt('ua-b', 'ua', 'nato', '2024-01-01', ['long-term']),
        stmt('ru-b', 'ru', 'nato', '2024-01', ['guarantees']),
      ]),
    );
    expect(run('ua', 'ru', 'nato', { idx })).toEqual([
      '2023-01-01..2023-12-31 unknown',
      '2024-01-01.. conflict(1)',
    ]);
  });

  it('clips to from/to (month precision counts from the 1st) and is empty when to < from', () => {
    expect(run('ua', 'ru', 'nato', { from: '2022-06', to: '2024-12-31' })).toEqual([
      '2022-06-01..2024-11-30 conflict(1)',
      '2024-12-01..2024-12-31 conflict(3)',
    ]);
    expect(run('ua', 'ru', 'nato', { from: '2024-12-01', to: '2024-12-01' })).toEqual([
      '2024-12-01..2024-12-01 conflict(3)',
    ]);
    expect(run('ua', 'ru', 'nato', { from: '2024-01-01', to: '2023-01-01' })).toEqual([]);
  });

  it('returns one entry per issue, in the order asked, and nothing for a dataset without dates', () => {
    expect(pairHistory(index, 'ua', 'ru', ['sanctions', 'nato']).map((h) => h.issue)).toEqual([
      'sanctions',
      'nato',
    ]);
    const empty = buildIndex(makeDataset([]));
    expect(pairHistory(empty, 'ua', 'ru', ['nato'])).toEqual([{ issue: 'nato', segments: [] }]);
  });

  it('rejects a party paired with itself', () => {
    expect(() => pairHistory(index, 'ua', 'ua', ['nato'])).toThrow(RangeError);
  });
});

/** The reference: evaluate the relation on every single day and cut where it changes. */
function naive(
  idx: DatasetIndex,
  a: string,
  b: string,
  issue: string,
  from: IsoDate,
  to: IsoDate,
  rel: Reliability,
): string[] {
  const out: string[] = [];
  let current = '';
  let start = from;
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const d = fromDayNumber(n);
    const r = relation(idx, a, b, issue, d, rel);
    const key =
      r.kind === 'conflict' && r.severity !== undefined
        ? `conflict(${r.severity})`
        : r.kind === 'overlap'
          ? `overlap(${r.compromise.join('+')})`
          : r.kind === 'agree'
            ? `agree(${r.outcome})`
            : r.kind;
    if (key !== current) {
      if (current) out.push(`${start}..${fromDayNumber(n - 1)} ${current}`);
      current = key;
      start = d;
    }
  }
  out.push(`${start}..${to} ${current}`);
  return out;
}

describe('pairHistory property', () => {
  it('matches a day-by-day scan of relation()', () => {
    const from = day('2021-12-25');
    const to = day('2023-04-10');
    fc.assert(
      fc.property(
        arbStatements,
        arbReliability,
        fc.constantFrom(['ua', 'ru'], ['ru', 'us'], ['us', 'ua']),
        (statements, rel, [a, b]) => {
          const idx = buildIndex(makeDataset(statements));
          for (const h of pairHistory(
            idx,
            a!,
            b!,
            ['nato', 'territory', 'sanctions'],
            from,
            to,
            rel,
          ))
            expect(h.segments.map(brief)).toEqual(naive(idx, a!, b!, h.issue, from, to, rel));
        },
      ),
      { numRuns: 60 },
    );
  });
});
