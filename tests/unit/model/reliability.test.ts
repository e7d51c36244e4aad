import { compareReliability, passes, reliabilityRank } from '../../../src/model/reliability';
import type { Reliability } from '../../../src/model/types';

describe('compareReliability', () => {
  it('orders reported < on-record < official', () => {
    const grades: Reliability[] = ['official', 'reported', 'on-record'];
    expect([...grades].sort(compareReliability)).toEqual(['reported', 'on-record', 'official']);
  });

  it('is zero for equal grades and antisymmetric', () => {
    expect(compareReliability('on-record', 'on-record')).toBe(0);
    expect(Math.sign(compareReliability('official', 'reported'))).toBe(1);
    expect(Math.sign(compareReliability('reported', 'official'))).toBe(-1);
  });
});

describe('reliabilityRank', () => {
  it('counts from the weakest grade', () => {
    expect(
      ['reported', 'on-record', 'official'].map((r) => reliabilityRank(r as Reliability)),
    ).toEqual([0, 1, 2]);
  });
});

describe('passes', () => {
  it.each<[Reliability, Reliability, boolean]>([
    ['reported', 'reported', true],
    ['on-record', 'reported', true],
    ['official', 'reported', true],
    ['reported', 'on-record', false],
    ['on-record', 'on-record', true],
    ['official', 'on-record', true],
    ['reported', 'official', false],
    ['on-record', 'official', false],
    ['official', 'official', true],
  ])('passes(%s, min %s) is %s', (rel, min, expected) => {
    expect(passes(rel, min)).toBe(expected);
  });
});
