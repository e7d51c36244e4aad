import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertCsvBundle, validateCsvBundle } from '../../../src/data/csv-bundle';
import { datasetToCsvBundle } from '../../../src/data/csv-write';
import { parseDataset } from '../../../src/data/validate';
import { datasetWarnings } from '../../../src/data/warnings';
import { buildIndex } from '../../../src/model/dataset-index';
import { positionAt } from '../../../src/model/position';
import type { IsoDate } from '../../../src/model/types';

/**
 * The template authors start from (public/templates): a small fictional negotiation, in JSON and
 * as the CSV bundle. Both must load with no errors and no warnings, and be the same dataset.
 * After editing template.json, rewrite the sheets with
 *   UPDATE_TEMPLATE=1 npx vitest run tests/unit/data/template.test.ts
 */

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/templates');
const text = readFileSync(join(DIR, 'template.json'), 'utf8');
const csvFiles = Object.fromEntries(
  readdirSync(join(DIR, 'csv')).map((f) => [f, readFileSync(join(DIR, 'csv', f), 'utf8')]),
);
const result = parseDataset(text);
if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message.en}`).join('\n'));
const d = result.dataset;

describe('template dataset', () => {
  it('loads with no errors and no warnings', () => {
    expect(datasetWarnings(d).map((w) => `${w.path} ${w.message.en}`)).toEqual([]);
  });

  it('shows what the format can do: three issues (one ordered), every grade, a via chain, plans, events, a tour', () => {
    expect(d.parties.map((p) => p.kind)).toEqual(['state', 'state', 'organisation', 'grouping']);
    expect(d.issues.map((i) => i.ordered)).toEqual([true, false, false]);
    expect(new Set(d.statements.map((s) => s.reliability))).toEqual(
      new Set(['official', 'on-record', 'reported']),
    );
    expect(d.statements.some((s) => /^\d{4}-\d{2}$/.test(s.date))).toBe(true);
    expect(d.statements.some((s) => s.quote && s.quote.lang !== 'en')).toBe(true);
    expect(d.sources.filter((s) => s.via !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(d.plans).toHaveLength(2);
    expect(d.events).toHaveLength(3);
    expect(d.tour).toHaveLength(3);
    expect(d.tour?.some((step) => step.question !== undefined)).toBe(true);
    expect(d.languages).toEqual(['en', 'de']);
  });

  it('is clearly fictional: every link points to a reserved example domain', () => {
    for (const s of d.sources)
      expect(new URL(s.url).hostname).toMatch(/(^|\.)example\.(org|com|net)$/);
    expect(d.description.en).toContain('fictional');
  });

  it('ends with room for a deal on the boundary (the tour’s last question has an answer)', () => {
    const index = buildIndex(d);
    const at = '2025-11-30' as IsoDate;
    const accepted = (party: string) => {
      const position = positionAt(index, party, 'boundary', at);
      return position.kind === 'known' ? position.accepts : new Set<string>();
    };
    const both = [...accepted('marenland')].filter((o) => accepted('korvia').has(o));
    expect(both).toEqual(['median-line']);
  });
});

describe('template CSV bundle', () => {
  it('converts to exactly template.json', () => {
    const converted = convertCsvBundle(csvFiles);
    if (!converted.ok) throw new Error(converted.errors.map((e) => e.message.en).join('\n'));
    expect(converted.json).toEqual(JSON.parse(text));
    expect(JSON.stringify(converted.json, null, 2)).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  it('loads through validateCsvBundle as the same dataset', () => {
    const loaded = validateCsvBundle(csvFiles);
    expect(loaded.ok && loaded.dataset).toEqual(d);
  });

  it('is what datasetToCsvBundle writes for template.json (UPDATE_TEMPLATE=1 rewrites the sheets)', () => {
    const written = datasetToCsvBundle(d);
    if (process.env.UPDATE_TEMPLATE === '1')
      for (const [name, csv] of Object.entries(written)) writeFileSync(join(DIR, 'csv', name), csv);
    expect(written).toEqual(csvFiles);
  });
});
