import { validateDataset } from '../../../src/data/validate';
import { buildIndex, type DatasetIndex } from '../../../src/model/dataset-index';
import type { IsoDate } from '../../../src/model/types';
import { matrixExportFiles, type MatrixExportInput } from '../../../src/views/matrix/matrix-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { parseCsv } from './parse-csv';

function indexOf(raw: unknown): DatasetIndex {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('the dataset must be valid');
  return buildIndex(result.dataset);
}

const mini = indexOf(miniDataset());
const base: MatrixExportInput = {
  index: mini,
  lang: 'en',
  mode: 'positions',
  parties: ['south', 'north', 'league'],
  issues: ['alliance', 'border'],
  at: '2024-12-31' as IsoDate,
  rel: 'reported',
  url: 'https://example.org/?at=2024-12-31',
};

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}
const cells = (doc: Document) => [...doc.querySelectorAll('g.cell')];
const textOf = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(`${selector} text`)].map((t) => t.textContent).join(' ');

describe('positions matrix export', () => {
  test('the SVG is well-formed and has the title, the "as of" line, the legend and the source line', () => {
    const doc = parseSvg(matrixExportFiles(base).svg.text);
    expect(doc.querySelector('svg > title')?.textContent).toBe(
      'Mini negotiation — Positions matrix',
    );
    expect(textOf(doc, '.export-title')).toContain('Mini negotiation');
    expect(textOf(doc, '.export-as-of')).toContain('Positions as of 31 December 2024');
    expect(textOf(doc, '.export-legend')).toContain('red line (rejected)');
    expect(textOf(doc, '.export-source')).toContain('version 2024-12-31.1');
    expect(textOf(doc, '.export-source')).toContain('https://example.org/?at=2024-12-31');
  });

  test('one cell group per visible cell, in the order shown (issue rows, party columns)', () => {
    const doc = parseSvg(matrixExportFiles(base).svg.text);
    const order = cells(doc).map(
      (c) => `${c.getAttribute('data-issue')}:${c.getAttribute('data-party')}`,
    );
    expect(order).toEqual([
      'alliance:south',
      'alliance:north',
      'alliance:league',
      'border:south',
      'border:north',
      'border:league',
    ]);
    expect(cells(doc)[1]!.querySelector('title')?.textContent).toBe(
      'North on Alliance: prefers Neutral; rejects Join; stated 14 June 2024',
    );
  });

  test('the CSV has a header and one row per visible cell, with position, sources and via chain', () => {
    const rows = parseCsv(matrixExportFiles(base).csv);
    expect(rows[0]).toEqual([
      'Party',
      'Issue',
      'Position',
      'Accepted',
      'Preferred',
      'Red lines',
      'Latest statement',
      'Reliability',
      'Summary',
      'Sources',
    ]);
    expect(rows).toHaveLength(1 + 3 * 2);
    const northBorder = rows.find((r) => r[0] === 'North' && r[1] === 'Border')!;
    expect(northBorder.slice(3, 8)).toEqual(['New line', 'New line', '', '2022-03', 'reported']);
    expect(northBorder[9]).toBe(
      'Aggregator B <https://example.org/b> via Paper B <https://example.org/b-original> via Wire C <https://example.org/b-original>',
    );
    expect(rows.find((r) => r[0] === 'South' && r[1] === 'Alliance')!.slice(2, 4)).toEqual([
      'no statement yet',
      '',
    ]);
  });

  test('the reliability filter and the date are those of the view', () => {
    const files = matrixExportFiles({ ...base, rel: 'official', at: '2024-06-14' as IsoDate });
    const rows = parseCsv(files.csv);
    expect(rows.find((r) => r[0] === 'North' && r[1] === 'Border')![2]).toBe('no statement yet');
    expect(rows.find((r) => r[0] === 'League' && r[1] === 'Alliance')![2]).toBe('no statement yet');
    const doc = parseSvg(files.svg.text);
    expect(textOf(doc, '.export-as-of')).toContain('Minimum reliability: Official only.');
    expect(textOf(doc, '.export-source')).toContain('Sources: 2 statements');
    expect(files.base).toBe('common-ground-mini-matrix-2024-06-14');
  });

  test('German exports are German throughout', () => {
    const files = matrixExportFiles({ ...base, lang: 'de' });
    expect(parseCsv(files.csv)[0]![0]).toBe('Partei');
    const doc = parseSvg(files.svg.text);
    expect(doc.querySelector('svg > title')?.textContent).toBe(
      'Mini-Verhandlung – Positionsmatrix',
    );
    expect(textOf(doc, '.export-as-of')).toContain('Positionen mit Stand 31. Dezember 2024');
    expect(files.handout.summary).not.toBe('');
  });

  test('hostile names end up as text, never as markup', () => {
    const raw = miniDataset();
    const evil = '<script>alert("x")</script> & <b>Co</b>';
    const index = indexOf({
      ...raw,
      title: { en: evil, de: evil },
      parties: raw.parties.map((p) =>
        p.id === 'north' ? { ...p, name: { en: evil, de: evil } } : p,
      ),
    });
    const doc = parseSvg(matrixExportFiles({ ...base, index }).svg.text);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('svg > title')?.textContent).toBe(`${evil} — Positions matrix`);
    expect(cells(doc)[1]!.querySelector('title')?.textContent).toContain(evil);
  });
});

describe('overlap matrix export', () => {
  const overlap = {
    ...base,
    mode: 'overlap' as const,
    overlapIssue: 'alliance',
    order: 'name' as const,
  };

  test('rows and columns in the grid order, one cell per pair including the diagonal', () => {
    const files = matrixExportFiles(overlap);
    const doc = parseSvg(files.svg.text);
    expect(doc.querySelector('svg > title')?.textContent).toBe('Mini negotiation — Overlap matrix');
    expect(cells(doc)).toHaveLength(9);
    expect(
      cells(doc)
        .slice(0, 3)
        .map((c) => c.getAttribute('data-column')),
    ).toEqual(['league', 'north', 'south']);
    expect(textOf(doc, '.export-as-of')).toContain('“Alliance”');
    const rows = parseCsv(files.csv);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[0]).toEqual(['Party (row)', 'Party (column)', 'Issue', 'Relation', 'Details']);
    expect(rows[2]).toEqual([
      'League',
      'North',
      'Alliance',
      'overlap',
      'Overlap — compromise: Neutral',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(['League', 'League', 'Alliance', 'same party']);
    expect(files.base).toBe('common-ground-mini-overlap-2024-12-31');
  });

  test('summed over issues, the CSV says "all issues"', () => {
    const rows = parseCsv(matrixExportFiles({ ...overlap, overlapSummed: true }).csv);
    expect(rows).toHaveLength(1 + 9);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(['all issues']));
  });
});
