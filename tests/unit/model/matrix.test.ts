import { buildIndex } from '../../../src/model/dataset-index';
import { overlapMatrix, positionsMatrix } from '../../../src/model/matrix';
import type { PositionCell } from '../../../src/model/matrix';
import { relation } from '../../../src/model/relation';
import { FIXTURE, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const states = (cell: PositionCell | undefined): string[] =>
  cell?.outcomes.map((o) => `${o.outcome}:${o.state}`) ?? [];

describe('positionsMatrix', () => {
  const rows = positionsMatrix(index, ['ua', 'ru', 'us', 'hu'], ['nato', 'sanctions'], at);

  it('has a row per issue and a cell per party, in the order given', () => {
    expect(rows.map((r) => r.issue.id)).toEqual(['nato', 'sanctions']);
    expect(rows[0]!.cells.map((c) => c.party)).toEqual(['ua', 'ru', 'us', 'hu']);
  });

  it('marks preferred over accepted, red lines, and the rest', () => {
    expect(states(rows[0]!.cells[0])).toEqual([
      'full-now:preferred',
      'gov-territory:accepted',
      'long-term:none',
      'guarantees:none',
      'excluded:none',
    ]);
    // A single accepted outcome is the effective preference.
    expect(states(rows[0]!.cells[1])).toEqual([
      'full-now:rejected',
      'gov-territory:rejected',
      'long-term:rejected',
      'guarantees:none',
      'excluded:preferred',
    ]);
    expect(states(rows[0]!.cells[2])).toEqual([
      'full-now:none',
      'gov-territory:none',
      'long-term:accepted',
      'guarantees:accepted',
      'excluded:none',
    ]);
    expect(states(rows[1]!.cells[3])).toEqual(['keep:rejected', 'ease:none', 'lift:none']);
  });

  it('keeps unknown positions as cells with every outcome none', () => {
    const cell = rows[0]!.cells[3]!;
    expect(cell.position).toEqual({ kind: 'unknown' });
    expect(states(cell)).toEqual([
      'full-now:none',
      'gov-territory:none',
      'long-term:none',
      'guarantees:none',
      'excluded:none',
    ]);
  });

  it('follows the reliability filter', () => {
    const [nato] = positionsMatrix(index, ['ua', 'us'], ['nato'], at, 'on-record');
    expect(nato!.cells[0]!.position).toMatchObject({ statement: { id: 'ua-nato-dec-a' } });
    expect(nato!.cells[1]!.position.kind).toBe('unknown');
  });

  it('handles empty selections', () => {
    expect(positionsMatrix(index, ['ua'], [], at)).toEqual([]);
    expect(positionsMatrix(index, [], ['nato'], at)).toEqual([
      { issue: index.issues.get('nato'), cells: [] },
    ]);
  });

  it('names an issue that is not in the dataset', () => {
    expect(() => positionsMatrix(index, ['ua'], ['nato', 'oil'], at)).toThrow(
      'unknown issue: "oil"',
    );
  });
});

describe('overlapMatrix', () => {
  const parties = ['ua', 'ru', 'us', 'eu'];
  const rows = overlapMatrix(index, parties, 'nato', at);

  it('gives the relation for every ordered pair, diagonal included', () => {
    expect(rows.map((r) => r.party)).toEqual(parties);
    for (const [i, r] of rows.entries()) {
      expect(r.cells.map((c) => c.column)).toEqual(parties);
      for (const c of r.cells) {
        expect(c.row).toBe(parties[i]);
        expect(c.relation).toEqual(relation(index, c.row, c.column, 'nato', at));
      }
    }
    expect(rows[0]!.cells[0]!.relation).toEqual({ kind: 'agree', outcome: 'full-now' });
    expect(rows[0]!.cells[1]!.relation).toEqual({ kind: 'conflict', severity: 3 });
    expect(rows[2]!.cells[3]!.relation).toEqual({ kind: 'overlap', compromise: ['long-term'] });
  });

  it('is symmetric', () => {
    for (const [i, r] of rows.entries()) {
      for (const [j, c] of r.cells.entries()) {
        expect(c.relation).toEqual(rows[j]!.cells[i]!.relation);
      }
    }
  });

  it('handles empty and single selections, and unknown parties', () => {
    expect(overlapMatrix(index, [], 'nato', at)).toEqual([]);
    expect(overlapMatrix(index, ['us'], 'nato', day('2022-01-01'))).toEqual([
      { party: 'us', cells: [{ row: 'us', column: 'us', relation: { kind: 'unknown' } }] },
    ]);
  });

  it('names an issue that is not in the dataset', () => {
    expect(() => overlapMatrix(index, ['ua'], 'oil', at)).toThrow('unknown issue: "oil"');
  });
});
