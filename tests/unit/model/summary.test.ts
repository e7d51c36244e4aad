import { buildIndex } from '../../../src/model/dataset-index';
import { diff } from '../../../src/model/diff';
import { summariseChanges, summariseOverlap, summarisePositions } from '../../../src/model/summary';
import { FIXTURE, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const ALL = ['nato', 'territory', 'sanctions'];

describe('summarisePositions', () => {
  it('says nothing about an empty selection', () => {
    for (const [parties, issues] of [
      [[], ALL],
      [['ua'], []],
      [[], []],
    ]) {
      expect(summarisePositions(index, parties!, issues!, at)).toEqual({
        asOf: at,
        parties: parties!.length > 0 ? ['ua'] : [],
        issues: [],
        totals: { total: 0, common: 0, without: 0, blocked: 0, deadlock: 0, few: 0 },
        silent: [],
      });
    }
  });

  it('reports common ground, deadlock and silent parties, in the order given', () => {
    const facts = summarisePositions(index, ['ua', 'ru', 'us'], ['sanctions', 'nato'], at);
    expect(facts.issues).toEqual([
      {
        issue: 'sanctions',
        status: 'common',
        outcomes: ['ease', 'lift'],
        blockers: [],
        known: ['ru', 'us'],
        unknown: ['ua'],
      },
      {
        issue: 'nato',
        status: 'deadlock',
        outcomes: [],
        blockers: [],
        known: ['ua', 'ru', 'us'],
        unknown: [],
      },
    ]);
    expect(facts.totals).toEqual({
      total: 2,
      common: 1,
      without: 1,
      blocked: 0,
      deadlock: 1,
      few: 0,
    });
    expect(facts.silent).toEqual([{ party: 'ua', issues: ['sanctions'] }]);
  });

  it('names the blocker on an unordered issue', () => {
    const facts = summarisePositions(index, ['us', 'ru', 'eu'], ['sanctions'], day('2022-04-01'));
    expect(facts.issues[0]).toMatchObject({ status: 'blocked', outcomes: [], blockers: ['ru'] });
    expect(facts.totals).toMatchObject({ without: 1, blocked: 1 });
  });

  it('gives one party its own accepted set, marked as too few to judge', () => {
    const facts = summarisePositions(index, ['ua'], ['nato', 'sanctions'], at);
    expect(facts.issues.map((i) => [i.issue, i.status, i.outcomes])).toEqual([
      ['nato', 'few', ['full-now', 'gov-territory']],
      ['sanctions', 'few', []],
    ]);
    expect(facts.totals.few).toBe(2);
    expect(facts.silent).toEqual([{ party: 'ua', issues: ['sanctions'] }]);
  });

  it('marks every issue as too few when nobody has spoken yet', () => {
    const facts = summarisePositions(index, ['ua', 'ru'], ALL, day('2020-01-01'));
    expect(facts.issues.every((i) => i.status === 'few' && i.known.length === 0)).toBe(true);
    expect(facts.totals).toMatchObject({ total: 3, few: 3, common: 0, without: 0 });
    expect(facts.silent).toEqual([
      { party: 'ua', issues: ALL },
      { party: 'ru', issues: ALL },
    ]);
  });

  it('reads a month-precision date as its first day', () => {
    // ua-nato-2022 is dated 2022-03: it holds from 1 March, so "as of March 2022" sees it.
    const outcomes = (asOf: string) =>
      summarisePositions(index, ['ua'], ['nato'], day(asOf)).issues[0]!.outcomes;
    expect(outcomes('2022-02')).toEqual(['full-now']);
    expect(outcomes('2022-03')).toEqual(['long-term', 'guarantees']);
    expect(outcomes('2022-03-01')).toEqual(['long-term', 'guarantees']);
    expect(summarisePositions(index, ['ua'], ['nato'], day('2022-03')).asOf).toBe('2022-03');
  });

  it('skips unknown and repeated ids and honours the reliability filter', () => {
    const facts = summarisePositions(index, ['us', 'xx', 'us', 'eu'], ['sanctions', 'zz'], at);
    expect(facts.parties).toEqual(['us', 'eu']);
    expect(facts.issues.map((i) => i.issue)).toEqual(['sanctions']);
    // us's 2025 statement is only "reported": on-record and up, us still keeps sanctions.
    const official = summarisePositions(index, ['us', 'eu'], ['sanctions'], at, 'official');
    expect(official.issues[0]).toMatchObject({ status: 'common', outcomes: ['keep'] });
  });
});

describe('summariseOverlap', () => {
  it('lists every pair once on one issue, grouped by relation kind', () => {
    const facts = summariseOverlap(index, ['ua', 'ru', 'us', 'eu'], 'nato', ALL, at);
    expect(facts.issues).toEqual(['nato']);
    expect(facts.pairs.map((p) => `${p.a}-${p.b}:${p.kind}`)).toEqual([
      'ua-ru:conflict',
      'ua-us:conflict',
      'ua-eu:conflict',
      'ru-us:conflict',
      'ru-eu:conflict',
      'us-eu:overlap',
    ]);
    expect(facts.pairs[0]!.relation).toEqual({ kind: 'conflict', severity: 3 });
    expect(facts.groups.overlap.map((p) => p.relation)).toEqual([
      { kind: 'overlap', compromise: ['long-term'] },
    ]);
    expect(facts.groups.agree).toEqual([]);
    expect(facts.groups.conflict).toHaveLength(5);
  });

  it('sums over issues by the leading known kind, most issues first', () => {
    const facts = summariseOverlap(index, ['ua', 'ru', 'us', 'eu'], undefined, ALL, at);
    expect(facts.issue).toBeUndefined();
    expect(facts.issues).toEqual(ALL);
    expect(facts.pairs.every((p) => p.kind === 'conflict')).toBe(true);
    expect(facts.groups.conflict.map((p) => `${p.a}-${p.b}:${p.tally!.counts.conflict}`)).toEqual([
      'ua-ru:2',
      'ru-eu:2',
      'ua-us:1',
      'ua-eu:1',
      'ru-us:1',
      'us-eu:1',
    ]);
  });

  it('has no pairs for fewer than two parties or an unknown issue', () => {
    expect(summariseOverlap(index, ['ua'], 'nato', ALL, at).pairs).toEqual([]);
    expect(summariseOverlap(index, [], undefined, ALL, at).pairs).toEqual([]);
    const unknown = summariseOverlap(index, ['ua', 'ru'], 'zz', ALL, at);
    expect(unknown).toMatchObject({ issues: [], pairs: [] });
  });

  it('puts pairs with nothing known under unknown', () => {
    const facts = summariseOverlap(index, ['ua', 'hu'], undefined, ALL, day('2020-01-01'));
    expect(facts.groups.unknown.map((p) => p.tally!.counts.unknown)).toEqual([3]);
  });
});

describe('summariseChanges', () => {
  it('counts and groups changes by kind, keeping their order', () => {
    const changes = diff(index, ['ua', 'ru', 'us', 'eu'], ALL, day('2024-06-01'), at);
    const facts = summariseChanges(changes);
    expect(facts.total).toBe(6);
    expect(facts.counts).toEqual({ hardened: 0, softened: 1, new: 2, dropped: 1, changed: 2 });
    expect(facts.byKind.new.map((c) => `${c.party}:${c.issue}`)).toEqual([
      'us:nato',
      'ru:territory',
    ]);
    expect(facts.changes).toBe(changes);
  });

  it('is all zeros without changes', () => {
    expect(summariseChanges([])).toEqual({
      total: 0,
      counts: { hardened: 0, softened: 0, new: 0, dropped: 0, changed: 0 },
      byKind: { hardened: [], softened: [], new: [], dropped: [], changed: [] },
      changes: [],
    });
  });
});
