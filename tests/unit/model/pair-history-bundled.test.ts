import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import { pairHistory } from '../../../src/model/pair-history';
import { changeSentence, pairChanges, pairNames } from '../../../src/views/pair/pair-text';

/**
 * A real change of kind in the bundled dataset, pinned so a browser test can rely on it:
 * Ukraine and the United States on NATO membership moved from conflict to overlap on 11 July 2023
 * (both accept "eventual membership, no date") and back to conflict on 16 October 2024.
 */
const FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../public/datasets/russia-ukraine.json',
);
const validated = validateDataset(JSON.parse(readFileSync(FILE, 'utf8')));
if (!validated.ok) throw new Error('the bundled dataset must be valid');
const index = buildIndex(validated.dataset);

describe('pairHistory on the bundled dataset', () => {
  const [nato] = pairHistory(index, 'ukraine', 'usa', ['nato']);
  const around = nato!.segments.filter((s) => s.start >= '2022-03-15' && s.start <= '2024-10-16');

  it('finds Ukraine and the United States overlapping on NATO from 11 July 2023', () => {
    expect(around.map((s) => [s.start, s.end, s.kind, s.compromise ?? s.severity])).toEqual([
      ['2022-03-15', '2023-07-10', 'conflict', 2],
      ['2023-07-11', '2024-10-15', 'overlap', ['long-term-path']],
      ['2024-10-16', '2024-11-28', 'conflict', 2],
    ]);
    expect(around[1]!.statementA?.id).toBe('ua-2023-07-11-nato');
    expect(around[1]!.statementB?.id).toBe('us-2023-07-09-nato');
  });

  it('tells that change in a sentence', () => {
    const names = pairNames(index, 'ukraine', 'usa', 'en');
    const sentences = pairChanges([nato!]).map((c) => changeSentence(index, names, c));
    expect(sentences).toContain(
      'On 11 July 2023, Ukraine and United States moved from conflict to overlap on NATO membership.',
    );
    expect(sentences).toContain(
      'On 16 October 2024, Ukraine and United States moved from overlap to conflict on NATO membership.',
    );
  });
});
