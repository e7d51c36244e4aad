import { buildIndex } from '../../../src/model/dataset-index';
import { history } from '../../../src/model/history';
import type { Reliability } from '../../../src/model/types';
import { FIXTURE, makeDataset, stmt } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const shifts = (party: string, issue: string, min?: Reliability): string[] =>
  history(index, party, issue, min).map((e) => `${e.statement.id}: ${e.shift}`);

describe('history', () => {
  it('walks new → hardened → restated → dropped → new again', () => {
    expect(shifts('eu', 'territory')).toEqual([
      'eu-territory-1: new',
      'eu-territory-2: hardened',
      'eu-territory-3: restated',
      'eu-territory-4: dropped',
      'eu-territory-5: new',
    ]);
  });

  it('orders by date then file order and marks changed and softened', () => {
    expect(shifts('ua', 'nato')).toEqual([
      'ua-nato-2021: new',
      'ua-nato-2022: changed',
      'ua-nato-dec-a: changed',
      'ua-nato-dec-b: softened',
    ]);
    expect(shifts('ua', 'territory')).toEqual([
      'ua-territory-2022: new',
      'ua-territory-2024: softened',
    ]);
  });

  it('places a month-precision statement before the days of its month', () => {
    expect(shifts('ru', 'sanctions')).toEqual([
      'ru-sanctions-2022: new',
      'ru-sanctions-mar16: softened',
    ]);
  });

  it('computes shifts within the reliability filter', () => {
    expect(shifts('ua', 'nato', 'on-record')).toEqual([
      'ua-nato-2021: new',
      'ua-nato-2022: changed',
      'ua-nato-dec-a: changed',
    ]);
    expect(shifts('us', 'sanctions', 'official')).toEqual(['us-sanctions-2022: new']);
    expect(shifts('us', 'nato', 'official')).toEqual([]);
  });

  it('is empty without statements', () => {
    expect(history(index, 'us', 'territory')).toEqual([]);
    expect(history(index, 'nobody', 'nato')).toEqual([]);
  });

  it('calls a first withdrawal new and a second one restated', () => {
    const i = buildIndex(
      makeDataset([
        stmt('w1', 'ua', 'nato', '2024-01-01', []),
        stmt('w2', 'ua', 'nato', '2024-02-01', []),
        stmt('hard', 'ua', 'nato', '2024-03-01', ['full-now', 'long-term']),
        stmt('harder', 'ua', 'nato', '2024-04-01', ['full-now']),
      ]),
    );
    expect(history(i, 'ua', 'nato').map((e) => e.shift)).toEqual([
      'new',
      'restated',
      'new',
      'hardened',
    ]);
    expect(history(i, 'ua', 'nato')[3]!.position.prefers).toBe('full-now');
  });
});
