import fc from 'fast-check';
import { commonGround } from '../../../src/model/common-ground';
import { buildIndex } from '../../../src/model/dataset-index';
import { inOutcomeOrder } from '../../../src/model/outcome-order';
import { hasStance, positionAt } from '../../../src/model/position';
import {
  FIXTURE,
  arbDate,
  arbReliability,
  arbStatements,
  day,
  makeDataset,
} from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');

describe('commonGround', () => {
  it('flags an empty selection instead of inventing outcomes', () => {
    expect(commonGround(index, [], 'nato', at)).toEqual({
      outcomes: [],
      unknown: [],
      blockers: [],
      deadlock: false,
      empty: true,
    });
  });

  it('gives a single party its accepted set, in outcome order', () => {
    expect(commonGround(index, ['ua'], 'nato', at)).toMatchObject({
      outcomes: ['full-now', 'gov-territory'],
      blockers: [],
      deadlock: false,
      empty: false,
    });
  });

  it('intersects over the parties with a position and lists the others as unknown', () => {
    expect(commonGround(index, ['ua', 'us', 'eu'], 'nato', day('2023-08-01'))).toEqual({
      outcomes: ['long-term'],
      unknown: ['us'],
      blockers: [],
      deadlock: false,
      empty: false,
    });
  });

  it('is neither common ground nor deadlock when nobody has a position', () => {
    expect(commonGround(index, ['us', 'hu'], 'territory', at)).toEqual({
      outcomes: [],
      unknown: ['us', 'hu'],
      blockers: [],
      deadlock: false,
      empty: false,
    });
  });

  it('counts a withdrawn position as unknown', () => {
    expect(commonGround(index, ['eu', 'ua'], 'territory', at)).toMatchObject({
      outcomes: ['borders-1991', 'ceasefire-line'],
      unknown: ['eu'],
    });
  });

  it('names the single blocker whose removal opens common ground', () => {
    expect(commonGround(index, ['ru', 'us', 'eu'], 'nato', at)).toMatchObject({
      outcomes: [],
      blockers: ['ru'],
      deadlock: false,
    });
  });

  it('names both sides of a two-party conflict as blockers, in the order given', () => {
    expect(commonGround(index, ['us', 'ru'], 'sanctions', day('2023-01-01'))).toMatchObject({
      outcomes: [],
      blockers: ['us', 'ru'],
      deadlock: false,
    });
  });

  it('makes a red-lines-only party a blocker: it has accepted nothing', () => {
    expect(commonGround(index, ['eu', 'hu'], 'sanctions', at)).toMatchObject({
      outcomes: [],
      unknown: [],
      blockers: ['hu'],
    });
    expect(commonGround(index, ['hu'], 'sanctions', at)).toMatchObject({
      outcomes: [],
      blockers: [],
      deadlock: false,
    });
  });

  it('reports deadlock when no single removal helps', () => {
    expect(commonGround(index, ['ua', 'ru', 'us', 'eu'], 'nato', at)).toEqual({
      outcomes: [],
      unknown: [],
      blockers: [],
      deadlock: true,
      empty: false,
    });
  });

  it('has no blockers while there is common ground, and counts duplicates once', () => {
    expect(commonGround(index, ['us', 'eu', 'us'], 'nato', at)).toMatchObject({
      outcomes: ['long-term'],
      blockers: [],
      deadlock: false,
    });
  });

  it('follows the reliability filter', () => {
    expect(commonGround(index, ['us', 'eu'], 'sanctions', at, 'official')).toMatchObject({
      outcomes: ['keep'],
    });
    expect(commonGround(index, ['us', 'eu'], 'sanctions', at)).toMatchObject({
      outcomes: [],
      blockers: ['us', 'eu'],
    });
  });

  it('of [p] equals p’s accepts on random datasets', () => {
    fc.assert(
      fc.property(
        arbStatements,
        fc.constantFrom('ua', 'ru', 'us'),
        fc.constantFrom('nato', 'territory', 'sanctions'),
        arbDate,
        arbReliability,
        (statements, p, issue, asOf, min) => {
          const i = buildIndex(makeDataset(statements));
          const position = positionAt(i, p, issue, asOf, min);
          const cg = commonGround(i, [p], issue, asOf, min);
          const accepts = position.kind === 'known' ? position.accepts : new Set<string>();
          expect(cg.outcomes).toEqual(inOutcomeOrder(i, issue, accepts));
          expect(cg.unknown).toEqual(hasStance(position) ? [] : [p]);
          expect(cg.blockers).toEqual([]);
          expect(cg.deadlock).toBe(false);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
