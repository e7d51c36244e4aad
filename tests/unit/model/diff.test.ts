import { buildIndex } from '../../../src/model/dataset-index';
import { diff } from '../../../src/model/diff';
import type { CellChange } from '../../../src/model/diff';
import type { Reliability } from '../../../src/model/types';
import { FIXTURE, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const row = (c: CellChange): string =>
  `${c.issue}/${c.party} ${c.kind} ${c.before?.id ?? '-'} → ${c.after?.id ?? '-'}`;
const changes = (
  parties: string[],
  issues: string[],
  a: string,
  b: string,
  min?: Reliability,
): string[] => diff(index, parties, issues, day(a), day(b), min).map(row);

describe('diff', () => {
  const parties = ['ua', 'us', 'eu'];
  const issues = ['nato', 'territory'];

  it('lists the cells that changed from an earlier to a later date, issues outer', () => {
    expect(changes(parties, issues, '2023-01-01', '2025-03-01')).toEqual([
      'nato/ua changed ua-nato-2022 → ua-nato-dec-b',
      'nato/us new - → us-nato-2024',
      'nato/eu new - → eu-nato-2023',
      'territory/ua softened ua-territory-2022 → ua-territory-2024',
      'territory/eu dropped eu-territory-1 → eu-territory-4',
    ]);
  });

  it('works backwards too: same cells, inverse kinds', () => {
    expect(changes(parties, issues, '2025-03-01', '2023-01-01')).toEqual([
      'nato/ua changed ua-nato-dec-b → ua-nato-2022',
      'nato/us dropped us-nato-2024 → -',
      'nato/eu dropped eu-nato-2023 → -',
      'territory/ua hardened ua-territory-2024 → ua-territory-2022',
      'territory/eu new eu-territory-4 → eu-territory-1',
    ]);
  });

  it('marks hardening and ignores restatements', () => {
    expect(changes(['eu'], ['territory'], '2023-01-01', '2023-06-01')).toEqual([
      'territory/eu hardened eu-territory-1 → eu-territory-2',
    ]);
    expect(changes(['eu'], ['territory'], '2023-06-01', '2023-10-01')).toEqual([]);
  });

  it('is empty for the same date and for empty selections', () => {
    expect(changes(parties, issues, '2024-06-01', '2024-06-01')).toEqual([]);
    expect(changes([], issues, '2021-01-01', '2025-03-01')).toEqual([]);
    expect(changes(parties, [], '2021-01-01', '2025-03-01')).toEqual([]);
  });

  it('follows the reliability filter', () => {
    expect(changes(['us'], ['sanctions'], '2023-01-01', '2025-03-01')).toEqual([
      'sanctions/us changed us-sanctions-2022 → us-sanctions-2025',
    ]);
    expect(changes(['us'], ['sanctions'], '2023-01-01', '2025-03-01', 'official')).toEqual([]);
  });

  it('counts unknown and withdrawn alike as no position', () => {
    expect(changes(['eu', 'us'], ['territory'], '2025-02-01', '2021-01-01')).toEqual([]);
  });
});
