import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { readCsv, writeCsv } from '../../../src/data/csv';
import { validateCsvBundle } from '../../../src/data/csv-bundle';
import type { CsvError } from '../../../src/data/csv-locate';
import { parseDataset, validateDataset } from '../../../src/data/validate';
import { datasetWarnings } from '../../../src/data/warnings';
import { buildIndex } from '../../../src/model/dataset-index';

/**
 * Untrusted input never crashes the loader: any text, any JSON value, any set of CSV files gives
 * either a dataset or errors that say where they are — and nothing reaches Object.prototype.
 */

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/templates');
const TEMPLATE = readFileSync(join(DIR, 'template.json'), 'utf8');
const CSV: Record<string, string> = Object.fromEntries(
  readdirSync(join(DIR, 'csv')).map((f) => [f, readFileSync(join(DIR, 'csv', f), 'utf8')]),
);
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Object.prototype is as it was, and a fresh object has no stray properties. */
function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'id', 'en', 'name', 'kind', 'x'])
    expect(probe[key]).toBeUndefined();
}

/** Every error says where: a file at least (only bundle-wide problems and a nameless file have none). */
function expectLocated(errors: readonly CsvError[]): void {
  for (const e of errors) {
    expect(typeof e.location.file).toBe('string');
    if (e.location.file === '')
      expect([
        'authoring.csv.noFiles',
        'authoring.csv.tooLarge',
        'authoring.csv.unknownFile',
      ]).toContain(e.key);
    expect(e.message.en?.length).toBeGreaterThan(0);
    expect(e.message.de?.length).toBeGreaterThan(0);
  }
}

const RUNS = { seed: 8, numRuns: 200 };

describe('JSON path', () => {
  it('parseDataset never throws on any text, and locates every error', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat({ max: TEMPLATE.length }).map((n) => TEMPLATE.slice(0, n)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const result = parseDataset(t);
        if (!result.ok) for (const e of result.errors) expect(e.path.startsWith('$')).toBe(true);
      }),
      RUNS,
    );
    expectNoPollution();
  });

  it('validateDataset never throws on any value, however odd', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withBigInt: true,
      withDate: true,
      key: fc.oneof(fc.string(), fc.constantFrom(...HOSTILE)),
    });
    fc.assert(
      fc.property(value, (v) => {
        expect(validateDataset(v).ok).toBe(false);
      }),
      RUNS,
    );
    expectNoPollution();
  });

  it('a template with any one value replaced or removed loads or is rejected with located errors, and its warnings never throw', () => {
    const base = JSON.parse(TEMPLATE) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node))
          walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(base, []);
    const replacement = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...HOSTILE),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), replacement, (path, value) => {
        const d = structuredClone(base) as Record<string | number, unknown>;
        let node = d;
        for (const part of path.slice(0, -1)) node = node[part] as typeof d;
        const last = path[path.length - 1]!;
        if (value === undefined) delete node[last];
        else node[last] = value;
        const result = validateDataset(d);
        if (result.ok) {
          for (const w of datasetWarnings(result.dataset)) expect(w.path).toMatch(/^\$/);
          buildIndex(result.dataset);
        } else for (const e of result.errors) expect(e.path).toMatch(/^\$/);
      }),
      { seed: 8, numRuns: 400 },
    );
    expectNoPollution();
  });
});

describe('CSV path', () => {
  const token = fc.oneof(
    fc.constantFrom(
      ...HOSTILE,
      'id',
      'name_en',
      'name___proto__',
      'summary_constructor',
      'translation_prototype',
      'party',
      'key',
      'value',
      'languages',
      '#',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\n',
      '\r\n',
      '\r',
      'true',
      'WAHR',
      '2025-01-01',
      '31.02.2025',
      'a|b c',
      'sep=;',
      '\uFEFF',
    ),
    fc.string({ maxLength: 8 }),
  );
  const text = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));
  const fileName = fc.oneof(
    fc.constantFrom(
      ...Object.keys(CSV),
      ...HOSTILE,
      '__proto__.csv',
      'constructor.csv',
      'x - tour.TSV',
    ),
    fc.string({ maxLength: 12 }),
  );

  it('validateCsvBundle never throws on any set of files, and locates every error', () => {
    fc.assert(
      fc.property(fc.dictionary(fileName, text, { maxKeys: 6 }), (files) => {
        const result = validateCsvBundle(files);
        if (!result.ok) expectLocated(result.errors);
      }),
      RUNS,
    );
    expectNoPollution();
  });

  it('the template with any one cell changed loads or names the cell, file and row', () => {
    const tables = Object.fromEntries(
      Object.entries(CSV).map(([name, t]) => {
        const read = readCsv(t);
        if (!read.ok) throw new Error(name);
        return [name, read.rows.map((r) => [...r.cells])];
      }),
    );
    const target = fc.constantFrom(...Object.keys(tables)).chain((name) => {
      const rows = tables[name]!;
      return fc.tuple(
        fc.constant(name),
        fc.nat({ max: rows.length - 1 }),
        fc.nat({ max: rows[0]!.length - 1 }),
      );
    });
    fc.assert(
      fc.property(target, fc.oneof(text, fc.constantFrom(...HOSTILE)), ([name, r, c], value) => {
        const rows = structuredClone(tables[name]!);
        rows[r]![c] = value;
        const result = validateCsvBundle({ ...CSV, [name]: writeCsv(rows) });
        if (result.ok) datasetWarnings(result.dataset);
        else {
          expectLocated(result.errors);
          for (const e of result.errors)
            if (e.path !== undefined) expect(e.location.file).not.toBe('');
        }
      }),
      { seed: 8, numRuns: 300 },
    );
    expectNoPollution();
  });
});

describe('hostile ids and keys', () => {
  it('takes "constructor" and "prototype" as plain ids, in JSON and in CSV', () => {
    const renamed = TEMPLATE.replace(/"marenland/g, '"constructor')
      .replace(/"korvia"/g, '"prototype"')
      .replace(/marenland:/g, 'constructor:')
      .replace(/korvia:/g, 'prototype:')
      .replace(/"median-line"/g, '"constructor"');
    const result = parseDataset(renamed);
    if (!result.ok)
      throw new Error(result.errors.map((e) => `${e.path} ${e.message.en}`).join('\n'));
    expect(datasetWarnings(result.dataset)).toEqual([]);
    const index = buildIndex(result.dataset);
    expect(index.parties.get('constructor')?.kind).toBe('state');
    expect(index.parties.get('toString')).toBeUndefined();
    const csv = Object.fromEntries(
      Object.entries(CSV).map(([name, t]) => [
        name,
        t
          .replace(/(^|[,|])marenland(?=[,|:\r])/gm, '$1constructor')
          .replace(/(^|[,|])korvia(?=[,|:\r])/gm, '$1prototype'),
      ]),
    );
    const fromCsv = validateCsvBundle(csv);
    expect(fromCsv.ok && fromCsv.dataset.parties.map((p) => p.id)).toEqual([
      'constructor',
      'prototype',
      'ocean-council',
      'strait-fishers',
    ]);
    expectNoPollution();
  });

  it('rejects "__proto__" wherever it could become a key, and pollutes nothing', () => {
    const payload = '{"polluted": "yes", "kind": "state"}';
    const json = TEMPLATE.replace(
      '"schemaVersion": 1,',
      `"schemaVersion": 1, "__proto__": ${payload},`,
    )
      .replace('"en": "Marenland",', `"__proto__": ${payload}, "en": "Marenland",`)
      .replace('"id": "korvia",', `"__proto__": ${payload}, "id": "korvia",`);
    // The schema keeps only known fields and language codes: "__proto__" keys are dropped.
    const loaded = parseDataset(json);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.path).join());
    const name = loaded.dataset.parties[0]!.name;
    expect(Object.getPrototypeOf(name)).toBe(Object.prototype);
    expect(Object.keys(name)).toEqual(['en', 'de']);
    expect((name as Record<string, unknown>).polluted).toBeUndefined();
    expect((loaded.dataset as unknown as Record<string, unknown>).polluted).toBeUndefined();
    const asId = parseDataset(TEMPLATE.replace('"id": "quotas"', '"id": "__proto__"'));
    expect(asId.ok || asId.errors.map((e) => e.path)).toEqual(['$.issues[1].id']);
    const csv = validateCsvBundle(
      JSON.parse(
        `{"__proto__": "id,name\\nx,y", "constructor": "", ${Object.entries(CSV)
          .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
          .join(',')}}`,
      ) as Record<string, string>,
    );
    expect(csv.ok).toBe(false);
    if (!csv.ok)
      expect(csv.errors.map((e) => [e.key, e.location.file])).toEqual([
        ['authoring.csv.unknownFile', '__proto__'],
        ['authoring.csv.unknownFile', 'constructor'],
      ]);
    const headers = validateCsvBundle({
      ...CSV,
      'parties.csv': 'id,name___proto__,kind,__proto__\r\n__proto__,x,state,y\r\n',
      'dataset.csv': `${CSV['dataset.csv']}__proto__,{}\r\n`,
    });
    const keys = headers.ok ? [] : headers.errors.map((e) => e.key);
    expect(keys.slice(0, 3)).toEqual([
      'authoring.csv.unknownKey',
      'authoring.csv.badLanguage',
      'authoring.csv.unknownColumn',
    ]);
    // The speakers name parties this parties.csv no longer has.
    expect(new Set(keys.slice(3))).toEqual(new Set(['authoring.csv.unknownParent']));
    expectNoPollution();
  });
});
