import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import type { IsoDate } from '../../../src/model/types';
import {
  timelineExportFiles,
  type TimelineExportInput,
} from '../../../src/views/timeline/timeline-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { parseCsv } from './parse-csv';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('the mini dataset must be valid');
const index = buildIndex(result.dataset);
const base: TimelineExportInput = {
  index,
  lang: 'en',
  parties: ['south', 'north', 'league'],
  issues: ['border', 'alliance'],
  rel: 'reported',
  at: '2024-06-14' as IsoDate,
  range: undefined,
  lanes: 'party',
  url: 'https://example.org/',
};

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

test('the whole period: every statement is a mark, lanes in the chosen order, the "as of" line drawn', () => {
  const files = timelineExportFiles(base);
  const doc = parseSvg(files.svg.text);
  expect(doc.querySelector('svg > title')?.textContent).toBe('Mini negotiation — Timeline');
  expect(doc.querySelectorAll('g.mark')).toHaveLength(5);
  expect([...doc.querySelectorAll('g.lane')].map((l) => l.getAttribute('data-lane'))).toEqual([
    'south',
    'north',
    'league',
  ]);
  expect(doc.querySelector('g.as-of text')?.textContent).toBe('as of 14 June 2024');
  expect(doc.querySelector('.export-as-of text')?.textContent).toContain('The orange line');
  expect(doc.querySelector('.events title')?.textContent).toContain('Talks');
  expect(doc.querySelector('.export-source text')?.textContent).toContain('Sources: 5 statements');
});

test('a window from the URL keeps only the statements inside it, in the SVG and the CSV', () => {
  const range = { from: '2024-06-01' as IsoDate, to: '2024-12-31' as IsoDate };
  const files = timelineExportFiles({ ...base, range });
  const rows = parseCsv(files.csv);
  expect(rows[0]).toEqual([
    'Date',
    'Party',
    'Speaker',
    'Issue',
    'Summary',
    'Position',
    'Shift',
    'Reliability',
    'Sources',
  ]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['2024-06-14', '2024-06-14', '2024-11-20']);
  expect(rows[1]).toEqual([
    '2024-06-14',
    'South',
    'S. Leader',
    'Border',
    'South could accept a freeze.',
    'prefers Old line; accepts Front line',
    'softened',
    'official',
    'Wire A <https://example.org/a>',
  ]);
  expect(parseSvg(files.svg.text).querySelectorAll('g.mark')).toHaveLength(3);
  expect(files.base).toBe('common-ground-mini-timeline-2024-06-01-2024-12-31');
  expect(files.handout.summary).toBe(
    'From 1 June 2024 to 31 December 2024: 3 statements and 0 events in view; 1 statements shift a position (0 hardened, 1 softened).',
  );
});

test('the reliability filter and issue lanes are those of the view; German text', () => {
  const files = timelineExportFiles({ ...base, rel: 'official', lanes: 'issue', lang: 'de' });
  const rows = parseCsv(files.csv);
  expect(rows).toHaveLength(1 + 3);
  expect(rows.slice(1).every((r) => r[7] === 'offiziell')).toBe(true);
  const doc = parseSvg(files.svg.text);
  expect([...doc.querySelectorAll('g.lane')].map((l) => l.getAttribute('data-lane'))).toEqual([
    'border',
    'alliance',
  ]);
  expect(doc.querySelector('.export-as-of')?.textContent).toContain('Mindestens verlässlich');
});
