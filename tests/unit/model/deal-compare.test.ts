import { buildIndex } from '../../../src/model/dataset-index';
import type { DealTerm } from '../../../src/model/deal';
import { changedIssues, comparePlans, sameOutcomes } from '../../../src/model/deal-compare';
import { FIXTURE, PLAN, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const PARTIES = ['ua', 'ru', 'us', 'eu', 'hu'];
const term = (issue: string, ...outcomes: string[]): DealTerm => ({ issue, outcomes });

/** issue → [comparison, a's outcomes, b's outcomes] for compact expectations. */
const brief = (rows: ReturnType<typeof comparePlans>) =>
  rows.map((r) => [r.issue, r.comparison, r.a?.term.outcomes, r.b?.term.outcomes]);

describe('comparePlans', () => {
  const other = [term('sanctions', 'lift'), term('nato', 'guarantees')];

  it('gives one row per issue either plan addresses, in the dataset’s issue order', () => {
    expect(brief(comparePlans(index, PLAN.terms, other, PARTIES, at))).toEqual([
      ['nato', 'same', ['guarantees'], ['guarantees']],
      ['territory', 'only-a', ['ceasefire-line'], undefined],
      ['sanctions', 'different', ['ease'], ['lift']],
    ]);
    expect(brief(comparePlans(index, other, PLAN.terms, PARTIES, at))[1]).toEqual([
      'territory',
      'only-b',
      undefined,
      ['ceasefire-line'],
    ]);
  });

  it('tallies who accepts each side’s term and whose red line it crosses, as of the date', () => {
    const rows = comparePlans(index, PLAN.terms, other, PARTIES, at);
    expect(rows[1]?.a).toMatchObject({ accepting: ['ua'], redLine: ['ru'] });
    expect(rows[2]?.a).toMatchObject({ accepting: ['ru', 'us'], redLine: [] });
    // The EU red-lines lifting sanctions; Russia and the US accept it (in the parties' order).
    expect(rows[2]?.b).toMatchObject({ accepting: ['ru', 'us'], redLine: ['eu'] });
    const before = comparePlans(index, PLAN.terms, other, PARTIES, day('2020-01-01'));
    expect(before.map((r) => [r.a?.accepting, r.b?.accepting])).toEqual([
      [[], []],
      [[], undefined],
      [[], []],
    ]);
  });

  it('treats the same outcomes in another order as the same term', () => {
    const rows = comparePlans(
      index,
      [term('nato', 'long-term', 'guarantees')],
      [term('nato', 'guarantees', 'long-term')],
      PARTIES,
      at,
    );
    expect(rows.map((r) => r.comparison)).toEqual(['same']);
  });

  it('calls overlapping but unequal outcome sets different', () => {
    const rows = comparePlans(
      index,
      [term('nato', 'long-term', 'guarantees')],
      [term('nato', 'guarantees')],
      PARTIES,
      at,
    );
    expect(rows.map((r) => r.comparison)).toEqual(['different']);
  });

  it('handles empty plans, no parties and unknown issues', () => {
    expect(comparePlans(index, [], [], PARTIES, at)).toEqual([]);
    const rows = comparePlans(index, [term('mars', 'x')], PLAN.terms, [], at);
    expect(brief(rows).map((r) => r[0])).toEqual(['nato', 'territory', 'sanctions', 'mars']);
    expect(rows[3]).toMatchObject({ comparison: 'only-a', a: { accepting: [], redLine: [] } });
  });

  it('keeps the first term when a list names an issue twice', () => {
    const rows = comparePlans(
      index,
      [term('nato', 'guarantees'), term('nato', 'excluded')],
      [term('nato', 'guarantees')],
      PARTIES,
      at,
    );
    expect(brief(rows)).toEqual([['nato', 'same', ['guarantees'], ['guarantees']]]);
  });
});

describe('sameOutcomes', () => {
  it.each([
    [['a'], ['a'], true],
    [['a', 'b'], ['b', 'a'], true],
    [['a'], ['a', 'b'], false],
    [['a', 'b'], ['a'], false],
    [[], [], true],
    [['a', 'a'], ['a'], true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameOutcomes(term('x', ...a), term('x', ...b))).toBe(expected);
  });
});

describe('changedIssues', () => {
  it('is empty when the deal is the plan, in any order', () => {
    expect(changedIssues(PLAN.terms, PLAN.terms)).toEqual([]);
    expect(changedIssues(PLAN.terms, [...PLAN.terms].reverse())).toEqual([]);
  });

  it('names terms changed, removed and added', () => {
    const deal = [term('nato', 'excluded'), term('sanctions', 'ease'), term('extra', 'x')];
    expect(changedIssues(PLAN.terms, deal)).toEqual(['nato', 'territory', 'extra']);
  });

  it('counts every term of a plan as removed when the deal is empty, and vice versa', () => {
    expect(changedIssues(PLAN.terms, [])).toEqual(['nato', 'territory', 'sanctions']);
    expect(changedIssues([], PLAN.terms)).toEqual(['nato', 'territory', 'sanctions']);
    expect(changedIssues([], [])).toEqual([]);
  });
});
