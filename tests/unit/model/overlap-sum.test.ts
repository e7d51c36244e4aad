import fc from 'fast-check';
import { buildIndex } from '../../../src/model/dataset-index';
import { overlapMatrix } from '../../../src/model/matrix';
import {
  dominantKind,
  pairSimilarity,
  RELATION_KINDS,
  summedOverlap,
} from '../../../src/model/overlap-sum';
import type { RelationTally } from '../../../src/model/overlap-sum';
import { FIXTURE, ISSUES, arbStatements, day, makeDataset } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const ALL = ['nato', 'territory', 'sanctions'];
const parties = ['ua', 'ru', 'us', 'eu', 'hu'];
const rows = summedOverlap(index, parties, ALL, at);
const cell = (row: string, column: string) =>
  rows[parties.indexOf(row)]!.cells[parties.indexOf(column)]!.tally;

const tallyOf = (
  counts: Partial<RelationTally['counts']>,
  issues: Partial<RelationTally['issues']>,
  score: number | undefined,
): RelationTally => ({
  counts: { agree: 0, overlap: 0, conflict: 0, unknown: 0, ...counts },
  issues: { agree: [], overlap: [], conflict: [], unknown: [], ...issues },
  score,
});

describe('pairSimilarity', () => {
  it.each([
    [{ kind: 'agree', outcome: 'x' } as const, 1],
    [{ kind: 'overlap', compromise: ['x'] } as const, 0.5],
    [{ kind: 'conflict', severity: 2 } as const, -1],
    [{ kind: 'conflict' } as const, -1],
    [{ kind: 'unknown' } as const, undefined],
  ])('%j → %s', (relation, expected) => {
    expect(pairSimilarity(relation)).toBe(expected);
  });
});

describe('summedOverlap', () => {
  it('has a row per party and a cell per party, in the order given', () => {
    expect(rows.map((r) => r.party)).toEqual(parties);
    for (const [i, r] of rows.entries()) {
      expect(r.cells.map((c) => [c.row, c.column])).toEqual(parties.map((p) => [parties[i], p]));
    }
  });

  it('counts each kind and names its issues in the given issue order', () => {
    expect(cell('ua', 'ru')).toEqual(
      tallyOf(
        { conflict: 2, unknown: 1 },
        { conflict: ['nato', 'territory'], unknown: ['sanctions'] },
        -1,
      ),
    );
    expect(cell('us', 'ru')).toEqual(
      tallyOf(
        { overlap: 1, conflict: 1, unknown: 1 },
        { overlap: ['sanctions'], conflict: ['nato'], unknown: ['territory'] },
        -0.25,
      ),
    );
    // Unordered issue (sanctions): a conflict without severity still counts as a conflict.
    expect(cell('eu', 'hu')).toEqual(
      tallyOf(
        { conflict: 1, unknown: 2 },
        { conflict: ['sanctions'], unknown: ['nato', 'territory'] },
        -1,
      ),
    );
    const reversed = summedOverlap(index, ['us', 'ru'], ['sanctions', 'territory', 'nato'], at);
    expect(reversed[0]!.cells[1]!.tally.issues.unknown).toEqual(['territory']);
    expect(reversed[0]!.cells[1]!.tally.issues.overlap).toEqual(['sanctions']);
  });

  it('has no score when the pair is unknown on every issue', () => {
    expect(cell('ua', 'hu')).toEqual(tallyOf({ unknown: 3 }, { unknown: ALL }, undefined));
  });

  it('agrees with overlapMatrix issue by issue, and its counts add up', () => {
    const single = ALL.map((issue) => overlapMatrix(index, parties, issue, at));
    for (const [i, r] of rows.entries()) {
      for (const [j, c] of r.cells.entries()) {
        const total = RELATION_KINDS.reduce((n, kind) => n + c.tally.counts[kind], 0);
        expect(total).toBe(ALL.length);
        ALL.forEach((issue, k) => {
          const kind = single[k]![i]!.cells[j]!.relation.kind;
          expect(c.tally.issues[kind]).toContain(issue);
        });
      }
    }
  });

  it('is symmetric and computes each unordered pair once', () => {
    for (const [i, r] of rows.entries()) {
      for (const [j, c] of r.cells.entries()) expect(c.tally).toBe(rows[j]!.cells[i]!.tally);
    }
  });

  it('follows the reliability filter', () => {
    // On-record and better: the US's reported 2025 sanctions statement gives way to "keep".
    const strict = summedOverlap(index, ['us', 'eu'], ['sanctions'], at, 'on-record');
    expect(strict[0]!.cells[1]!.tally.counts.agree).toBe(1);
  });

  it('handles empty selections and a single party', () => {
    expect(summedOverlap(index, [], ALL, at)).toEqual([]);
    const none = summedOverlap(index, ['ua', 'ru'], [], at);
    expect(none[0]!.cells[1]!.tally).toEqual(tallyOf({}, {}, undefined));
    const one = summedOverlap(index, ['ua'], ['nato'], at);
    expect(one).toEqual([
      {
        party: 'ua',
        cells: [
          {
            row: 'ua',
            column: 'ua',
            tally: tallyOf({ agree: 1 }, { agree: ['nato'] }, 1),
          },
        ],
      },
    ]);
  });

  it('takes duplicate parties and issues once', () => {
    const dup = summedOverlap(index, ['ua', 'ru', 'ua'], ['nato', 'nato', 'territory'], at);
    expect(dup.map((r) => r.party)).toEqual(['ua', 'ru']);
    expect(dup[0]!.cells[1]!.tally.counts).toEqual({
      agree: 0,
      overlap: 0,
      conflict: 2,
      unknown: 0,
    });
  });

  it('gives unknown parties unknown on every issue', () => {
    const r = summedOverlap(index, ['ua', 'mars'], ALL, at);
    expect(r[0]!.cells[1]!.tally.counts.unknown).toBe(3);
  });

  it('names an issue that is not in the dataset', () => {
    expect(() => summedOverlap(index, ['ua'], ['nato', 'oil'], at)).toThrow('unknown issue: "oil"');
  });

  it('keeps every score in [-1, 1] and counts every issue once (property)', () => {
    fc.assert(
      fc.property(arbStatements, (statements) => {
        const idx = buildIndex(makeDataset(statements));
        const issues = ISSUES.map((i) => i.id);
        for (const r of summedOverlap(idx, ['ua', 'ru', 'us'], issues, day('2023-12-31'))) {
          for (const c of r.cells) {
            const { score, counts } = c.tally;
            if (score !== undefined) expect(Math.abs(score)).toBeLessThanOrEqual(1);
            expect(score === undefined).toBe(counts.unknown === issues.length);
            expect(RELATION_KINDS.reduce((n, k) => n + counts[k], 0)).toBe(issues.length);
          }
        }
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});

describe('dominantKind', () => {
  it.each([
    [{ agree: 2, overlap: 1 }, 'agree'],
    [{ agree: 1, conflict: 1 }, 'conflict'],
    [{ agree: 1, overlap: 1 }, 'overlap'],
    [{ conflict: 1, unknown: 1 }, 'conflict'],
    [{ conflict: 1, unknown: 2 }, 'conflict'],
    [{ unknown: 3 }, 'unknown'],
    [{ agree: 3, conflict: 2 }, 'agree'],
    [{}, 'unknown'],
  ] as const)('%j → %s', (counts, expected) => {
    expect(dominantKind(tallyOf(counts, {}, undefined))).toBe(expected);
  });
});
