import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import { positionOf } from '../../../src/model/position';
import type { Position } from '../../../src/model/position';
import { relation, relationBetween } from '../../../src/model/relation';
import type { Relation } from '../../../src/model/relation';
import {
  FIXTURE,
  arbDate,
  arbReliability,
  arbStatements,
  day,
  makeDataset,
  stmt,
} from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const pos = (accepts: string[], opts: { prefers?: string; rejects?: string[] } = {}): Position =>
  positionOf(stmt('t', 'ua', 'x', '2024-01-01', accepts, opts));
const UNKNOWN: Position = { kind: 'unknown' };

describe('relationBetween', () => {
  // Edge-case table on the ordered `nato` issue: full-now 0 · gov-territory 1 · long-term 2 ·
  // guarantees 3 · excluded 4.
  it.each<[string, Position, Position, Relation]>([
    ['either unknown', UNKNOWN, pos(['excluded']), { kind: 'unknown' }],
    ['both unknown', UNKNOWN, UNKNOWN, { kind: 'unknown' }],
    [
      'same single outcome',
      pos(['excluded']),
      pos(['excluded']),
      { kind: 'agree', outcome: 'excluded' },
    ],
    [
      'same explicit preference, different sets',
      pos(['full-now', 'long-term'], { prefers: 'long-term' }),
      pos(['long-term', 'guarantees'], { prefers: 'long-term' }),
      { kind: 'agree', outcome: 'long-term' },
    ],
    [
      'different preferences that overlap',
      pos(['full-now', 'long-term'], { prefers: 'full-now' }),
      pos(['long-term', 'guarantees'], { prefers: 'guarantees' }),
      { kind: 'overlap', compromise: ['long-term'] },
    ],
    [
      'contained, compromise in outcome order',
      pos(['guarantees', 'long-term']),
      pos(['excluded', 'guarantees', 'long-term', 'full-now']),
      { kind: 'overlap', compromise: ['long-term', 'guarantees'] },
    ],
    [
      'equal sets, no preference',
      pos(['full-now', 'excluded']),
      pos(['excluded', 'full-now']),
      {
        kind: 'overlap',
        compromise: ['full-now', 'excluded'],
      },
    ],
    [
      'touching (adjacent ranks)',
      pos(['long-term']),
      pos(['guarantees']),
      { kind: 'conflict', severity: 1 },
    ],
    ['far apart', pos(['full-now']), pos(['excluded']), { kind: 'conflict', severity: 4 }],
    [
      'smallest distance between interleaved sets',
      pos(['full-now', 'guarantees']),
      pos(['gov-territory', 'excluded']),
      { kind: 'conflict', severity: 1 },
    ],
    [
      'both accept nothing',
      pos([], { rejects: ['excluded'] }),
      pos([], { rejects: ['full-now'] }),
      {
        kind: 'unknown',
      },
    ],
    [
      'red lines only, other side wholly inside them',
      pos([], { rejects: ['full-now', 'gov-territory'] }),
      pos(['full-now', 'gov-territory']),
      { kind: 'conflict', severity: undefined },
    ],
    [
      'red lines only, other side partly outside them',
      pos([], { rejects: ['full-now'] }),
      pos(['full-now', 'gov-territory']),
      { kind: 'unknown' },
    ],
    ['withdrawn position', pos([]), pos(['full-now']), { kind: 'unknown' }],
  ])('%s', (_, a, b, expected) => {
    expect(relationBetween(index, 'nato', a, b)).toStrictEqual(expected);
    expect(relationBetween(index, 'nato', b, a)).toStrictEqual(expected);
  });

  it('leaves severity undefined on an unordered issue', () => {
    expect(relationBetween(index, 'sanctions', pos(['keep']), pos(['lift']))).toStrictEqual({
      kind: 'conflict',
      severity: undefined,
    });
  });
});

describe('relation', () => {
  const at = day('2025-03-01');

  it('measures severity on an ordered issue', () => {
    expect(relation(index, 'ua', 'ru', 'nato', at)).toEqual({ kind: 'conflict', severity: 3 });
    expect(relation(index, 'ua', 'us', 'nato', at)).toEqual({ kind: 'conflict', severity: 1 });
  });

  it('finds agreement and overlap', () => {
    expect(relation(index, 'ua', 'eu', 'nato', day('2023-08-01'))).toEqual({
      kind: 'agree',
      outcome: 'long-term',
    });
    expect(relation(index, 'us', 'eu', 'nato', at)).toEqual({
      kind: 'overlap',
      compromise: ['long-term'],
    });
    // Russia's later statement accepts ease and lift; the US prefers ease but Russia prefers none.
    expect(relation(index, 'us', 'ru', 'sanctions', at)).toEqual({
      kind: 'overlap',
      compromise: ['ease', 'lift'],
    });
  });

  it('has no severity on an unordered issue', () => {
    expect(relation(index, 'us', 'ru', 'sanctions', day('2023-01-01'))).toStrictEqual({
      kind: 'conflict',
      severity: undefined,
    });
  });

  it('treats red lines only by the empty-accepts rule', () => {
    expect(relation(index, 'hu', 'eu', 'sanctions', at)).toStrictEqual({
      kind: 'conflict',
      severity: undefined,
    });
    expect(relation(index, 'hu', 'ru', 'sanctions', at)).toEqual({ kind: 'unknown' });
    expect(relation(index, 'hu', 'hu', 'sanctions', at)).toEqual({ kind: 'unknown' });
  });

  it('is unknown when either side is, including under the reliability filter', () => {
    expect(relation(index, 'ua', 'us', 'nato', day('2024-10-01'))).toEqual({ kind: 'unknown' });
    expect(relation(index, 'ua', 'us', 'nato', at, 'on-record')).toEqual({ kind: 'unknown' });
    expect(relation(index, 'ua', 'ru', 'nato', day('2021-12-18'))).toEqual({ kind: 'unknown' });
  });

  it('is symmetric on random datasets', () => {
    fc.assert(
      fc.property(
        arbStatements,
        fc.constantFrom('nato', 'territory', 'sanctions'),
        arbDate,
        arbReliability,
        (statements, issue, asOf, min) => {
          const i = buildIndex(makeDataset(statements));
          for (const [p, q] of [
            ['ua', 'ru'],
            ['ru', 'us'],
            ['ua', 'us'],
          ] as const) {
            expect(relation(i, p, q, issue, asOf, min)).toStrictEqual(
              relation(i, q, p, issue, asOf, min),
            );
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
