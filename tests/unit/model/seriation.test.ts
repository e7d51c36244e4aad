import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import { summedOverlap } from '../../../src/model/overlap-sum';
import { orderParties } from '../../../src/model/seriation';
import type { PartyOrder, Similarity } from '../../../src/model/seriation';
import { FIXTURE, day } from '../../fixtures/model-fixture';

/** Similarity from a table of unordered pairs ("a|b"); missing pairs are unknown. */
function table(pairs: Record<string, number>): Similarity {
  return (a, b) => (a === b ? 1 : (pairs[`${a}|${b}`] ?? pairs[`${b}|${a}`]));
}

/** Two blocs: the same letter agrees (1), different letters conflict (−1). */
const blocs: Similarity = (a, b) => (a[0] === b[0] ? 1 : -1);

const contiguous = (order: readonly string[], bloc: string) => {
  const at = order.flatMap((p, i) => (p.startsWith(bloc) ? [i] : []));
  return at.at(-1)! - at[0]! === at.length - 1;
};

const NAMES: Record<string, string> = {
  at: 'Österreich',
  om: 'Oman',
  ne: 'Niederlande',
  ua: 'Ukraine',
  tr: 'Türkiye',
  us: 'USA',
  oz: 'Ozeanien',
};
const nameOf = (id: string) => NAMES[id] ?? id;

describe('orderParties', () => {
  it('keeps the given order without an order, and for fewer than two parties', () => {
    const parties = ['b', 'a', 'c'];
    expect(orderParties(parties, undefined, blocs)).toBe(parties);
    expect(orderParties([], 'similarity', blocs)).toEqual([]);
    expect(orderParties(['x'], 'name', blocs)).toEqual(['x']);
    expect(orderParties(['x'], { party: 'x' }, blocs)).toEqual(['x']);
  });

  it("'name' sorts by display name, umlauts with their base letter", () => {
    const parties = ['us', 'at', 'tr', 'om', 'ua', 'ne', 'oz'];
    const expected = ['ne', 'om', 'at', 'oz', 'tr', 'ua', 'us'];
    expect(orderParties(parties, 'name', blocs, nameOf, 'de')).toEqual(expected);
    expect(orderParties(parties, 'name', blocs, nameOf, 'en')).toEqual(expected);
  });

  it("'name' compares numbers numerically and keeps ties in the given order", () => {
    const names: Record<string, string> = { a: 'Group 10', b: 'Group 9', c: 'Same', d: 'Same' };
    expect(orderParties(['a', 'd', 'b', 'c'], 'name', blocs, (p) => names[p]!, 'en')).toEqual([
      'b',
      'a',
      'd',
      'c',
    ]);
  });

  it('{ party } puts that party first, then by descending similarity, unknown last', () => {
    const sim = table({ 'ua|us': 0.5, 'ua|eu': 1, 'ua|ru': -1 });
    expect(orderParties(['ru', 'hu', 'us', 'ua', 'eu'], { party: 'ua' }, sim)).toEqual([
      'ua',
      'eu',
      'us',
      'ru',
      'hu',
    ]);
  });

  it('{ party } keeps ties in the given order, and the given order for an unknown party', () => {
    const sim = table({ 'x|a': 0.5, 'x|b': 0.5, 'x|c': 0.5 });
    expect(orderParties(['c', 'a', 'x', 'b'], { party: 'x' }, sim)).toEqual(['x', 'c', 'a', 'b']);
    const parties = ['c', 'a', 'b'];
    expect(orderParties(parties, { party: 'mars' }, sim)).toBe(parties);
  });

  it("'similarity' brings two interleaved blocs together", () => {
    const order = orderParties(['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4'], 'similarity', blocs);
    expect(contiguous(order, 'a')).toBe(true);
    expect(contiguous(order, 'b')).toBe(true);
  });

  it("'similarity' chains a gradient so that neighbours are similar", () => {
    // Similarity falls with distance on a line: the order must be the line, either way round.
    const pos: Record<string, number> = { a: 0, b: 1, c: 2, d: 3, e: 4 };
    const line: Similarity = (x, y) => 1 - Math.abs(pos[x]! - pos[y]!) / 2;
    const order = orderParties(['c', 'e', 'a', 'd', 'b'], 'similarity', line);
    expect([order, [...order].reverse()]).toContainEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it("'similarity' treats unknown as 0 and is deterministic", () => {
    const sim = table({ 'p|q': 1, 'r|s': 1, 'p|r': -1 });
    const parties = ['p', 'r', 'q', 's', 't'];
    const order = orderParties(parties, 'similarity', sim);
    expect(orderParties(parties, 'similarity', sim)).toEqual(order);
    expect(Math.abs(order.indexOf('p') - order.indexOf('q'))).toBe(1);
    expect(Math.abs(order.indexOf('r') - order.indexOf('s'))).toBe(1);
  });

  it('puts the fixture’s blocs together from summed overlap scores', () => {
    const index = buildIndex(FIXTURE);
    const parties = ['ua', 'ru', 'us', 'eu', 'hu'];
    const rows = summedOverlap(index, parties, ['nato', 'sanctions'], day('2023-12-31'));
    const score = (a: string, b: string) =>
      rows[parties.indexOf(a)]!.cells[parties.indexOf(b)]!.tally.score;
    const order = orderParties(parties, 'similarity', score);
    // Ukraine and the EU agree on NATO, the EU and the US on sanctions; Russia and Hungary are
    // in conflict with those three (and unknown to each other): two blocs, the EU in the middle.
    const west = order.slice(0, 3);
    expect([west, [...west].reverse()]).toContainEqual(['ua', 'eu', 'us']);
    expect(order.slice(3).sort()).toEqual(['hu', 'ru']);
  });

  it('seriates 60 parties in a few milliseconds', () => {
    const parties = Array.from({ length: 60 }, (_, i) => `p${i}`);
    const sim: Similarity = (a, b) => Math.cos(Number(a.slice(1)) * Number(b.slice(1)));
    orderParties(parties, 'similarity', sim); // warm-up (JIT)
    const t0 = performance.now();
    orderParties(parties, 'similarity', sim);
    expect(performance.now() - t0).toBeLessThan(25); // budget 5 ms in the browser; CI is slower
  });

  it('returns a permutation of its input, duplicates included (property)', () => {
    const arbOrder: fc.Arbitrary<PartyOrder> = fc.oneof(
      fc.constant(undefined),
      fc.constant('name' as const),
      fc.constant('similarity' as const),
      fc.constantFrom('a', 'b', 'c', 'zz').map((party) => ({ party })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 9 }),
        arbOrder,
        fc.integer(),
        (parties, order, seed) => {
          const sim: Similarity = (x, y) => {
            const h = Math.sin(seed + x.charCodeAt(0) * y.charCodeAt(0));
            return h > 0.8 ? undefined : h;
          };
          const result = orderParties(parties, order, sim);
          expect([...result].sort()).toEqual([...parties].sort());
          if (order && typeof order === 'object' && parties.includes(order.party))
            expect(result[0]).toBe(order.party);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
