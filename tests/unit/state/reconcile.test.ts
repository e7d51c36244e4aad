import { reconcile, type DatasetBounds } from '../../../src/state/reconcile';
import type { IsoDate } from '../../../src/model/types';
import { validateDataset } from '../../../src/data/validate';
import { miniDataset } from '../../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const bounds: DatasetBounds = {
  parties: result.dataset.parties,
  issues: result.dataset.issues,
  plans: result.dataset.plans,
  first: '2022-03-01' as IsoDate,
  last: '2024-12-31' as IsoDate,
};

describe('reconcile', () => {
  it('keeps a state the dataset knows', () => {
    const state = {
      parties: ['north'],
      issues: ['border'],
      focus: { party: 'north', issue: 'border' },
      at: '2023-01-01' as IsoDate,
    };
    expect(reconcile(state, bounds)).toEqual({ state, problems: [] });
  });

  it('drops unknown ids and focus, and clamps the date, reporting each', () => {
    const { state, problems } = reconcile(
      {
        parties: ['north', 'mars'],
        issues: ['oil', 'border'],
        focus: { party: 'mars', issue: 'border' },
        at: '2030-01-01' as IsoDate,
      },
      bounds,
    );
    expect(state).toEqual({
      parties: ['north'],
      issues: ['border'],
      focus: undefined,
      at: '2024-12-31',
    });
    expect(problems.map((p) => p.kind)).toEqual([
      'unknown-focus',
      'out-of-range',
      'unknown-party',
      'unknown-issue',
    ]);
  });

  it('drops an unknown order party and overlap issue, and clamps the comparison date', () => {
    const { state, problems } = reconcile(
      { order: { party: 'mars' }, overlap: { issue: 'oil' }, compare: '2020-01-01' as IsoDate },
      bounds,
    );
    expect(state).toMatchObject({ order: undefined, overlap: undefined, compare: '2022-03-01' });
    expect(problems.map((p) => `${p.param}:${p.kind}`)).toEqual([
      'order:unknown-party',
      'overlap:unknown-issue',
      'compare:out-of-range',
    ]);
    const kept = { order: { party: 'north' }, overlap: 'all' as const };
    expect(reconcile(kept, bounds).problems).toEqual([]);
  });

  it('drops a pair with an unknown party and a range that is half given or backwards', () => {
    const day = (d: string) => d as IsoDate;
    const { state, problems } = reconcile(
      { pair: ['north', 'mars'], from: day('2023-01-01') },
      bounds,
    );
    expect(state).toMatchObject({ pair: undefined, from: undefined, to: undefined });
    expect(problems.map((p) => `${p.param}:${p.kind}`)).toEqual(['pair:unknown-party', 'from:bad']);
    const backwards = reconcile({ from: day('2024-01-01'), to: day('2023-01-01') }, bounds);
    expect(backwards.state.from).toBeUndefined();
    const fine = {
      pair: ['north', 'south'] as const,
      from: day('2022-01-01'),
      to: day('2023-01-01'),
    };
    expect(reconcile(fine, bounds).problems).toEqual([]);
  });

  it('falls back to the default when none of the named ids exist, but keeps an explicit empty list', () => {
    expect(reconcile({ parties: ['mars'] }, bounds).state.parties).toBeUndefined();
    expect(reconcile({ parties: [] }, bounds).state.parties).toEqual([]);
  });

  it('leaves unset fields unset', () => {
    expect(reconcile({}, bounds).state).toEqual({
      at: undefined,
      focus: undefined,
      parties: undefined,
      issues: undefined,
    });
  });

  it('drops an unknown plan and the terms the dataset cannot hold, reporting each', () => {
    const { state, problems } = reconcile(
      {
        plan: 'mars-plan',
        vs: 'plan-1',
        terms: [
          { issue: 'alliance', outcomes: ['neutral', 'moon'] },
          { issue: 'weather', outcomes: ['sunny'] },
        ],
      },
      bounds,
    );
    expect(state.plan).toBeUndefined();
    expect(state.vs).toBe('plan-1');
    expect(state.terms).toEqual([{ issue: 'alliance', outcomes: ['neutral'] }]);
    expect(problems).toEqual([
      { param: 'plan', value: 'mars-plan', kind: 'unknown-plan' },
      { param: 'terms', value: 'alliance:moon', kind: 'unknown-outcome' },
      { param: 'terms', value: 'weather', kind: 'unknown-issue' },
    ]);
  });

  it('keeps an explicitly empty deal empty', () => {
    expect(reconcile({ plan: 'plan-1', terms: [] }, bounds)).toEqual({
      state: { plan: 'plan-1', terms: [] },
      problems: [],
    });
  });

  it("falls back to the plan's terms when none of the link's terms exist", () => {
    const { state } = reconcile(
      { plan: 'plan-1', terms: [{ issue: 'weather', outcomes: ['sunny'] }] },
      bounds,
    );
    expect(state.terms).toBeUndefined();
  });
});
