import fc from 'fast-check';
import { positionOf } from '../../../src/model/position';
import type { Position } from '../../../src/model/position';
import { shiftBetween } from '../../../src/model/shift';
import type { Shift } from '../../../src/model/shift';
import { stmt } from '../../fixtures/model-fixture';

const pos = (accepts: string[], rejects: string[] = [], prefers?: string): Position =>
  positionOf(
    stmt('t', 'ua', 'nato', '2024-01-01', accepts, { rejects, ...(prefers ? { prefers } : {}) }),
  );
const UNKNOWN: Position = { kind: 'unknown' };

describe('shiftBetween', () => {
  it.each<[string, Position, Position, Shift]>([
    ['unknown → known', UNKNOWN, pos(['a']), 'new'],
    ['withdrawn → known', pos([]), pos(['a']), 'new'],
    ['unknown → red lines only', UNKNOWN, pos([], ['x']), 'new'],
    ['known → unknown', pos(['a']), UNKNOWN, 'dropped'],
    ['known → withdrawn', pos(['a'], ['x']), pos([]), 'dropped'],
    ['nothing → nothing', UNKNOWN, pos([]), 'restated'],
    ['same sets', pos(['a', 'b'], ['x']), pos(['b', 'a'], ['x']), 'restated'],
    ['same sets, new preference', pos(['a', 'b'], [], 'a'), pos(['a', 'b'], [], 'b'), 'restated'],
    ['accepts shrank', pos(['a', 'b']), pos(['a']), 'hardened'],
    ['accepts shrank, rejects grew', pos(['a', 'b']), pos(['a'], ['b']), 'hardened'],
    ['rejects grew, accepts same', pos(['a'], ['x']), pos(['a'], ['x', 'y']), 'hardened'],
    ['accepts grew', pos(['a']), pos(['a', 'b']), 'softened'],
    ['accepts grew, rejects shrank', pos(['a'], ['b']), pos(['a', 'b']), 'softened'],
    ['rejects shrank, accepts same', pos(['a'], ['x', 'y']), pos(['a'], ['y']), 'softened'],
    ['red lines only → accepts something', pos([], ['x']), pos(['a'], ['x']), 'softened'],
    ['accepts shrank, rejects shrank', pos(['a', 'b'], ['x']), pos(['a']), 'changed'],
    ['accepts grew, rejects grew', pos(['a']), pos(['a', 'b'], ['x']), 'changed'],
    ['different outcomes', pos(['a']), pos(['b']), 'changed'],
    ['overlapping, neither contains', pos(['a', 'b']), pos(['b', 'c']), 'changed'],
    ['rejects replaced, accepts same', pos(['a'], ['x']), pos(['a'], ['y']), 'changed'],
  ])('%s → %s', (_, before, after, expected) => {
    expect(shiftBetween(before, after)).toBe(expected);
  });

  it('is inverted by swapping its arguments', () => {
    const inverse: Record<Shift, Shift> = {
      new: 'dropped',
      dropped: 'new',
      hardened: 'softened',
      softened: 'hardened',
      restated: 'restated',
      changed: 'changed',
    };
    const arbPosition = fc.option(
      fc
        .array(fc.constantFrom('accept', 'reject', 'none'), { minLength: 4, maxLength: 4 })
        .map((states) => {
          const pick = (s: string): string[] =>
            ['a', 'b', 'c', 'd'].filter((_, i) => states[i] === s);
          return pos(pick('accept'), pick('reject'));
        }),
      { nil: UNKNOWN },
    );
    fc.assert(
      fc.property(arbPosition, arbPosition, (a, b) => {
        expect(shiftBetween(b, a)).toBe(inverse[shiftBetween(a, b)]);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
