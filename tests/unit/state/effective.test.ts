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
