import { effectiveView } from '../../../src/state/effective';
import { buildIndex } from '../../../src/model/dataset-index';
import { validateDataset } from '../../../src/data/validate';
import type { IsoDate } from '../../../src/model/types';
import { miniDataset } from '../../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);

describe('effectiveView', () => {
  it('fills defaults from the dataset', () => {
    expect(effectiveView({}, index)).toMatchObject({
      at: '2024-12-31',
      parties: ['north', 'south', 'league'],
      issues: ['border', 'alliance'],
      mode: 'positions',
      rel: 'reported',
      overlapIssue: 'border',
    });
  });

  it('keeps the default lists identical across date changes, so views need not redraw', () => {
    const a = effectiveView({ at: '2023-01-01' as IsoDate }, index);
    const b = effectiveView({ at: '2024-01-01' as IsoDate }, index);
    expect(b.parties).toBe(a.parties);
    expect(b.issues).toBe(a.issues);
  });

  it('compares the focused issue in overlap mode', () => {
    expect(
      effectiveView({ focus: { party: 'north', issue: 'alliance' } }, index).overlapIssue,
    ).toBe('alliance');
  });
});

describe('effectiveView: overlap scope, order and comparison date', () => {
  it('prefers the chosen overlap issue to the focused one, and sums when asked', () => {
    const focus = { party: 'north', issue: 'alliance' };
    expect(effectiveView({ focus, overlap: { issue: 'border' } }, index).overlapIssue).toBe(
      'border',
    );
    const summed = effectiveView({ focus, overlap: 'all' }, index);
    expect(summed).toMatchObject({ overlapIssue: undefined, overlapSummed: true });
  });

  it('ignores an order by a party the dataset does not know', () => {
    expect(effectiveView({ order: { party: 'mars' } }, index).order).toBeUndefined();
    expect(effectiveView({ order: { party: 'south' } }, index).order).toEqual({ party: 'south' });
  });

  it('drops a comparison date equal to the view date: nothing could have changed', () => {
    const at = '2023-01-01' as IsoDate;
    expect(effectiveView({ at, compare: at }, index).compare).toBeUndefined();
    expect(effectiveView({ at, compare: '2022-06-01' as IsoDate }, index).compare).toBe(
      '2022-06-01',
    );
  });
});

describe('effectiveView: timeline range, lanes and pair', () => {
  it('defaults to the whole period, party lanes and no pair', () => {
    expect(effectiveView({}, index)).toMatchObject({
      range: undefined,
      lanes: 'party',
      pair: undefined,
    });
  });

  it('keeps a range in order and a pair of known parties', () => {
    const view = effectiveView(
      {
        from: '2022-01-01' as IsoDate,
        to: '2023-01-01' as IsoDate,
        lanes: 'issue',
        pair: ['north', 'south'],
      },
      index,
    );
    expect(view).toMatchObject({
      range: { from: '2022-01-01', to: '2023-01-01' },
      lanes: 'issue',
      pair: ['north', 'south'],
    });
    expect(effectiveView({ pair: ['north', 'mars'] }, index).pair).toBeUndefined();
  });
});

describe('effectiveView with ids the dataset does not know', () => {
  it('leaves them out at once, so no view ever sees them', () => {
    const view = effectiveView(
      {
        issues: ['oil', 'border'],
        parties: ['mars', 'south'],
        focus: { party: 'mars', issue: 'border' },
      },
      index,
    );
    expect(view.issues).toEqual(['border']);
    expect(view.parties).toEqual(['south']);
    expect(view.focus).toBeUndefined();
  });
});

describe('effectiveView: the deal', () => {
  it('has no plan and no terms by default', () => {
    expect(effectiveView({}, index)).toMatchObject({
      plan: undefined,
      vs: undefined,
      terms: [],
      termsFromPlan: true,
    });
  });

  it("uses the plan's terms until terms are chosen, then the chosen ones", () => {
    const fromPlan = effectiveView({ plan: 'plan-1' }, index);
    expect(fromPlan.plan?.id).toBe('plan-1');
    expect(fromPlan.terms).toBe(fromPlan.plan?.terms);
    expect(fromPlan.termsFromPlan).toBe(true);
    const chosen = [{ issue: 'border', outcomes: ['front-line'] }];
    expect(effectiveView({ plan: 'plan-1', terms: chosen }, index)).toMatchObject({
      terms: chosen,
      termsFromPlan: false,
    });
    expect(effectiveView({ plan: 'plan-1', terms: [] }, index).terms).toEqual([]);
  });

  it('leaves out unknown plans and terms the dataset cannot hold', () => {
    const view = effectiveView(
      {
        plan: 'nope',
        vs: 'plan-1',
        terms: [
          { issue: 'border', outcomes: ['moon'] },
          { issue: 'alliance', outcomes: ['neutral'] },
        ],
      },
      index,
    );
    expect(view.plan).toBeUndefined();
    expect(view.vs?.id).toBe('plan-1');
    expect(view.terms).toEqual([{ issue: 'alliance', outcomes: ['neutral'] }]);
  });

  it('leaves out empty terms and a second term on the same issue', () => {
    const view = effectiveView(
      {
        terms: [
          { issue: 'alliance', outcomes: [] },
          { issue: 'border', outcomes: ['old-line'] },
          { issue: 'border', outcomes: ['new-line'] },
        ],
      },
      index,
    );
    expect(view.terms).toEqual([{ issue: 'border', outcomes: ['old-line'] }]);
  });
});
