import { buildIndex, statementsOf } from '../../../src/model/dataset-index';
import { EVENT, FIXTURE, PLAN, makeDataset, stmt } from '../../fixtures/model-fixture';

const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

describe('buildIndex', () => {
  const index = buildIndex(FIXTURE);

  it('maps every entity by id', () => {
    expect(index.parties.get('ua')?.id).toBe('ua');
    expect(index.issues.get('sanctions')?.ordered).toBe(false);
    expect(index.statements.get('hu-sanctions-2023')?.party).toBe('hu');
    expect(index.sources.get('src')?.outlet).toBe('Wire');
    expect(index.plans.get('plan-test')).toBe(PLAN);
    expect(index.statements.size).toBe(FIXTURE.statements.length);
  });

  it('ranks outcomes by their position in the issue', () => {
    expect([...index.outcomeRank.get('nato')!]).toEqual([
      ['full-now', 0],
      ['gov-territory', 1],
      ['long-term', 2],
      ['guarantees', 3],
      ['excluded', 4],
    ]);
  });

  it('sorts a track by date, then file order, month precision before days of its month', () => {
    expect(ids(statementsOf(index, 'ua', 'nato'))).toEqual([
      'ua-nato-2021',
      'ua-nato-2022',
      'ua-nato-dec-a',
      'ua-nato-dec-b',
    ]);
    expect(ids(statementsOf(index, 'ru', 'sanctions'))).toEqual([
      'ru-sanctions-2022',
      'ru-sanctions-mar16',
    ]);
  });

  it('keeps one array per minimum reliability', () => {
    expect(ids(statementsOf(index, 'ua', 'nato', 'on-record'))).toEqual([
      'ua-nato-2021',
      'ua-nato-2022',
      'ua-nato-dec-a',
    ]);
    expect(ids(statementsOf(index, 'ua', 'nato', 'official'))).toEqual(['ua-nato-2021']);
    expect(statementsOf(index, 'us', 'nato', 'on-record')).toEqual([]);
  });

  it('gives an empty track for pairs without statements or unknown ids', () => {
    expect(statementsOf(index, 'us', 'territory')).toEqual([]);
    expect(statementsOf(index, 'nobody', 'nato')).toEqual([]);
    expect(index.tracks.get('us')?.has('territory')).toBe(false);
  });

  it('lists all statements by date with ties in file order', () => {
    const sorted = index.statementsByDate;
    expect(sorted).toHaveLength(FIXTURE.statements.length);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(a.date <= b.date).toBe(true);
      if (a.date === b.date) {
        expect(FIXTURE.statements.indexOf(a)).toBeLessThan(FIXTURE.statements.indexOf(b));
      }
    }
    expect(ids(sorted.filter((s) => s.date === '2024-12-01'))).toEqual([
      'ua-nato-dec-a',
      'ua-nato-dec-b',
    ]);
  });

  it('spans the extent over whole months from statements alone', () => {
    expect(index.extent).toEqual({ first: '2021-12-17', last: '2025-06-02' });
    const monthLast = buildIndex(makeDataset([stmt('a', 'ua', 'nato', '2024-02', [])]));
    expect(monthLast.extent).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    // The month sorts before its days, yet ends after them.
    const monthAndDay = buildIndex(
      makeDataset([
        stmt('b', 'ua', 'nato', '2024-06-15', []),
        stmt('a', 'ua', 'nato', '2024-06', []),
        stmt('c', 'ua', 'nato', '2024-05-31', []),
      ]),
    );
    expect(monthAndDay.extent).toEqual({ first: '2024-05-31', last: '2024-06-30' });
  });

  it('includes events (with end dates) and plans in the extent', () => {
    const withEvent = buildIndex(makeDataset(FIXTURE.statements, { events: [EVENT] }));
    expect(withEvent.extent).toEqual({ first: '2021-11-30', last: '2026-01-31' });
    expect(withEvent.events.get('talks')).toBe(EVENT);
    const planOnly = buildIndex(makeDataset([], { plans: [PLAN] }));
    expect(planOnly.extent).toEqual({ first: '2025-02-01', last: '2025-02-28' });
  });

  it('handles an empty dataset', () => {
    const empty = buildIndex(makeDataset([]));
    expect(empty.extent).toBeUndefined();
    expect(empty.statementsByDate).toEqual([]);
    expect(empty.tracks.size).toBe(0);
  });

  it('does not mutate the dataset', () => {
    const before = ids(FIXTURE.statements);
    buildIndex(FIXTURE);
    expect(ids(FIXTURE.statements)).toEqual(before);
  });
});
