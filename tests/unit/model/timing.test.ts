import { buildIndex } from '../../../src/model/dataset-index';
import { fromDayNumber } from '../../../src/model/dates';
import { positionAt } from '../../../src/model/position';
import { RELIABILITY_ORDER } from '../../../src/model/types';
import type { Dataset, IsoDate, Statement } from '../../../src/model/types';
import { day, makeDataset, stmt } from '../../fixtures/model-fixture';

/** Seeded PRNG (mulberry32): the same synthetic dataset on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = 18_962; // 2021-12-01 as days since 1970-01-01

function synthetic(parties: number, issues: number, statements: number, seed: number): Dataset {
  const rand = mulberry32(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const outcomes = ['o0', 'o1', 'o2', 'o3', 'o4'];
  const list: Statement[] = [];
  for (let i = 0; i < statements; i++) {
    const date = fromDayNumber(START + pick(1_500));
    list.push(
      stmt(
        `s${i}`,
        `p${pick(parties)}`,
        `i${pick(issues)}`,
        rand() < 0.1 ? date.slice(0, 7) : date,
        outcomes.filter(() => rand() < 0.4),
        {
          rejects: outcomes.filter(() => rand() < 0.1),
          rel: RELIABILITY_ORDER[pick(3)]!,
        },
      ),
    );
  }
  const base = makeDataset(list);
  return {
    ...base,
    parties: Array.from({ length: parties }, (_, k) => ({ ...base.parties[0]!, id: `p${k}` })),
    issues: Array.from({ length: issues }, (_, k) => ({
      ...base.issues[0]!,
      id: `i${k}`,
      outcomes: outcomes.map((id) => ({ id, label: { en: id } })),
    })),
  };
}

describe('buildIndex and positionAt at scale', () => {
  it('index 50,000 statements and answer 1,800 cells well within a frame budget', () => {
    const dataset = synthetic(60, 30, 50_000, 42);
    const t0 = performance.now();
    const index = buildIndex(dataset);
    const built = performance.now() - t0;
    expect(index.statementsByDate).toHaveLength(50_000);

    const lookup = (asOf: IsoDate): number => {
      const t = performance.now();
      let known = 0;
      for (const p of index.parties.keys())
        for (const i of index.issues.keys())
          if (positionAt(index, p, i, asOf, 'on-record').kind === 'known') known++;
      expect(known).toBeGreaterThan(0);
      return performance.now() - t;
    };
    const cold = lookup(day('2023-06-15'));
    const warm = lookup(day('2024-02'));
    // Budget < 50 ms; asserted loosely so a busy CI machine does not flake.
    expect(cold).toBeLessThan(200);
    expect(warm).toBeLessThan(200);
    // Catches an accidental O(n²) build.
    expect(built).toBeLessThan(3_000);
    if (process.env.MODEL_TIMING) console.info({ built, cold, warm });
  });
});
