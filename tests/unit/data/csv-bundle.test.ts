import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv, writeCsv, type Delimiter } from '../../../src/data/csv';
import { convertCsvBundle, validateCsvBundle, type CsvFiles } from '../../../src/data/csv-bundle';
import { formatLocation, locatePath, parsePath, type CsvError } from '../../../src/data/csv-locate';
import { datasetToCsvBundle } from '../../../src/data/csv-write';
import { parseDataset } from '../../../src/data/validate';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/templates/csv');
const template = (): Record<string, string> =>
  Object.fromEntries(readdirSync(DIR).map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
const templateJson = (): unknown => JSON.parse(readFileSync(join(DIR, '../template.json'), 'utf8'));

type Rows = string[][];
/** The template with one sheet changed; rows[0] is the header. */
function edit(file: string, change: (rows: Rows) => void, files = template(), d?: Delimiter) {
  const read = readCsv(files[file]!);
  if (!read.ok) throw new Error(file);
  const rows = read.rows.map((r) => [...r.cells]);
  change(rows);
  return { ...files, [file]: writeCsv(rows, d ? { delimiter: d } : {}) };
}
/** Sets the cell in data row `n` (1 = the first row after the header) under `column`. */
const set = (rows: Rows, n: number, column: string, value: string) => {
  const c = rows[0]!.indexOf(column);
  if (c < 0) throw new Error(column);
  rows[n]![c] = value;
};

const errorsOf = (files: CsvFiles): readonly CsvError[] => {
  const result = validateCsvBundle(files);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};
const where = (files: CsvFiles) => errorsOf(files).map((e) => ({ key: e.key, ...e.location }));
const jsonOf = (files: CsvFiles) => {
  const result = convertCsvBundle(files);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result.json;
};

describe('convertCsvBundle: files', () => {
  it('recognises sheets by name: any case, .csv/.tsv/.txt, folders, Google Sheets downloads', () => {
    const files = Object.fromEntries(
      Object.entries(template()).map(([name, text], i) => [
        [`Coral Strait - ${name}`, name.toUpperCase(), `folder/${name}`][i % 3]!,
        text,
      ]),
    );
    expect(jsonOf(files)).toEqual(templateJson());
    expect(jsonOf(new Map(Object.entries(template())))).toEqual(templateJson());
  });

  it('names unknown, duplicate and missing sheets', () => {
    const { 'sources.csv': sources, ...rest } = template();
    expect(
      where({ ...rest, 'statments.csv': sources!, 'Parties.csv': rest['parties.csv']! }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'authoring.csv.unknownFile', file: 'statments.csv' }),
        expect.objectContaining({ key: 'authoring.csv.duplicateSheet', file: 'Parties.csv' }),
        expect.objectContaining({ key: 'authoring.csv.missingSheet', file: 'sources.csv' }),
      ]),
    );
    expect(where({})).toEqual([expect.objectContaining({ key: 'authoring.csv.noFiles' })]);
  });

  it('reads a German Excel export: semicolons, DD.MM.YYYY dates, WAHR/FALSCH', () => {
    let files = template();
    for (const name of Object.keys(files)) files = edit(name, () => {}, files, ';');
    files = edit(
      'statements.csv',
      (rows) => {
        for (const row of rows.slice(1)) {
          const [y, m, d] = row[1]!.split('-');
          row[1] = d ? `${d}.${m}.${y}` : `${m}.${y}`;
        }
      },
      files,
      ';',
    );
    files = edit(
      'issues.csv',
      (rows) =>
        rows
          .slice(1)
          .forEach((r, i) => set(rows, i + 1, 'ordered', r.at(-1) === 'true' ? 'WAHR' : 'falsch')),
      files,
      ';',
    );
    expect(files['statements.csv']).toContain(';15.01.2025;');
    expect(jsonOf(files)).toEqual(templateJson());
  });

  it('reports a quote that is never closed, with its line', () => {
    const files = { ...template(), 'events.csv': 'id,date,kind\nx,"2025-01-01,talks\n' };
    expect(where(files)).toEqual([
      expect.objectContaining({
        key: 'authoring.csv.unterminatedQuote',
        file: 'events.csv',
        line: 2,
      }),
    ]);
  });
});

describe('convertCsvBundle: columns and rows', () => {
  it('ignores note columns (#…) and note rows, and matches headers without regard to case', () => {
    const files = edit('events.csv', (rows) => {
      rows[0] = rows[0]!.map((h) => (h === 'endDate' ? 'ENDDATE' : h));
      rows.forEach((r, i) => r.push(i === 0 ? '# my notes' : 'anything'));
      rows.splice(2, 0, ['# a row I keep for later', 'x']);
    });
    expect(jsonOf(files)).toEqual(templateJson());
  });

  it('locates header problems on row 1 and says what the sheet allows', () => {
    const files = edit('parties.csv', (rows) => {
      rows[0] = ['id', 'kind', 'name_en', 'name_english', 'name', 'colour', 'kind', ''];
      rows.slice(1).forEach((r, i) => r.push('x', 'x', 'state', i === 0 ? 'stray' : ''));
    });
    const errors = errorsOf(files);
    expect(errors.map((e) => [e.key, formatLocation(e.location, 'en')])).toEqual([
      ['authoring.csv.badLanguage', 'parties.csv, row 1, column name_english'],
      ['authoring.csv.needsLanguage', 'parties.csv, row 1, column name'],
      ['authoring.csv.unknownColumn', 'parties.csv, row 1, column colour'],
      ['authoring.csv.duplicateColumn', 'parties.csv, row 1, column kind'],
      ['authoring.csv.unnamedColumn', 'parties.csv, row 1, column H'],
    ]);
    const unknown = errors.find((e) => e.key === 'authoring.csv.unknownColumn')!;
    expect(unknown.message.en).toBe(
      'This sheet has no column “colour”. Rename it to one of: id, name_<lang>, kind. To keep notes of your own, start the header with #.',
    );
    expect(unknown.message.de).toContain('Diese Tabelle hat keine Spalte „colour“');
    expect(errors.find((e) => e.key === 'authoring.csv.needsLanguage')?.message.en).toContain(
      'write name_en',
    );
  });

  it('locates cell problems: a stray value, a bad true/false, a quote without text', () => {
    let files = edit('statements.csv', (rows) => {
      rows[3]!.push('', 'stray');
      set(rows, 4, 'quote', '');
    });
    files = edit('issues.csv', (rows) => set(rows, 2, 'ordered', 'maybe'), files);
    expect(where(files)).toEqual([
      expect.objectContaining({
        key: 'authoring.csv.bool',
        file: 'issues.csv',
        row: 3,
        column: 'ordered',
      }),
      expect.objectContaining({
        key: 'authoring.csv.extraCell',
        file: 'statements.csv',
        row: 4,
        column: 'R',
      }),
      expect.objectContaining({ key: 'authoring.csv.quoteWithoutText', row: 5, column: 'quote' }),
    ]);
    expect(errorsOf(files)[0]?.message.en).toBe(
      '“maybe” is neither true nor false. Write true or false.',
    );
  });

  it('names a child row whose parent is missing or unknown', () => {
    let files = edit('speakers.csv', (rows) => {
      set(rows, 1, 'party', '');
      set(rows, 2, 'party', 'atlantis');
    });
    files = edit('plan_terms.csv', (rows) => rows.forEach((r) => r.shift()), files);
    const errors = errorsOf(files);
    expect(errors.map((e) => ({ key: e.key, ...e.location }))).toEqual([
      expect.objectContaining({
        key: 'authoring.csv.missingParent',
        file: 'speakers.csv',
        row: 2,
        column: 'party',
      }),
      expect.objectContaining({
        key: 'authoring.csv.missingColumn',
        file: 'plan_terms.csv',
        row: 1,
      }),
      expect.objectContaining({
        key: 'authoring.csv.unknownParent',
        file: 'speakers.csv',
        row: 3,
        column: 'party',
      }),
    ]);
    expect(errors[0]?.message.en).toContain('which party it belongs to');
    expect(errors[2]?.message.en).toBe(
      'There is no row with the id “atlantis” in parties.csv. Check the spelling (ids are lowercase), or add that row.',
    );
  });

  it('reads dataset.csv with the keys as column headers and one row of values', () => {
    const wide = edit('dataset.csv', (rows) => {
      const pairs = rows.slice(1);
      rows.splice(
        0,
        rows.length,
        pairs.map((p) => p[0]!),
        pairs.map((p) => p[1]!),
      );
    });
    expect(jsonOf(wide)).toEqual(templateJson());
    const extra = edit('dataset.csv', (rows) => rows.push([...rows[1]!]), wide);
    expect(where(extra)).toEqual([
      expect.objectContaining({ key: 'authoring.csv.extraRow', file: 'dataset.csv', row: 3 }),
    ]);
    const bad = edit('dataset.csv', (rows) => set(rows, 1, 'asOf', '2025-02-30'), wide);
    expect(where(bad)).toEqual([
      expect.objectContaining({ key: 'validation.day', row: 2, column: 'asOf' }),
    ]);
  });

  it('reads dataset.csv with or without its key,value header; names unknown and repeated keys', () => {
    expect(jsonOf(edit('dataset.csv', (rows) => rows.shift()))).toEqual(templateJson());
    const files = edit('dataset.csv', (rows) =>
      rows.push(['asof', '2025-12-31'], ['colour', 'blue']),
    );
    expect(where(files)).toEqual([
      expect.objectContaining({ key: 'authoring.csv.duplicateKey', file: 'dataset.csv', row: 11 }),
      expect.objectContaining({ key: 'authoring.csv.unknownKey', row: 12, column: 'colour' }),
    ]);
  });
});

describe('validateCsvBundle', () => {
  it('loads the template, with no warnings', () => {
    const result = validateCsvBundle(template());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.statements).toHaveLength(16);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it('points warnings at their cells too', () => {
    const files = edit('sources.csv', (rows) => set(rows, 2, 'type', ''));
    const result = validateCsvBundle(files);
    if (!result.ok) throw new Error('expected a dataset');
    expect(result.warnings.map((w) => [formatLocation(w.location, 'en'), w.message.en])).toEqual([
      [
        'sources.csv, row 3, column type',
        'The source “kor-mfa-2025-01-20” has no type, so readers cannot tell an official text or a wire report from state media. Add a type.',
      ],
    ]);
  });

  it('points schema errors at their file, row and column, in both languages', () => {
    let files = edit('statements.csv', (rows) => set(rows, 2, 'date', '2025-02-30'));
    files = edit('dataset.csv', (rows) => set(rows, 3, 'value', '15.13.2025'), files);
    const errors = errorsOf(files);
    expect(errors.map((e) => [formatLocation(e.location, 'en'), e.key])).toEqual([
      ['dataset.csv, row 4, column asOf', 'validation.day'],
      ['statements.csv, row 3, column date', 'validation.date'],
    ]);
    const date = errors.find((e) => e.path === '$.statements[1].date')!;
    expect(formatLocation(date.location, 'de')).toBe('statements.csv, Zeile 3, Spalte date');
    expect(date.message.de).toContain('JJJJ-MM-TT');
  });

  it('points reference and language errors at their cells', () => {
    let files = edit('statements.csv', (rows) => {
      set(rows, 3, 'summary_de', '');
      set(rows, 4, 'translation_en', '');
      set(rows, 6, 'accepts', 'licensed-both|everything');
    });
    files = edit('speakers.csv', (rows) => set(rows, 1, 'role_de', ''), files);
    files = edit('plan_terms.csv', (rows) => set(rows, 2, 'outcomes', 'nobody'), files);
    files = edit('tour.csv', (rows) => set(rows, 1, 'focus', 'atlantis:boundary'), files);
    files = edit('sources.csv', (rows) => set(rows, 3, 'via', 'nowhere'), files);
    files = edit('dataset.csv', (rows) => rows.splice(7, 1), files);
    const errors = errorsOf(files);
    expect(errors.map((e) => [formatLocation(e.location, 'en'), e.key])).toEqual(
      expect.arrayContaining([
        ['statements.csv, row 4, column summary_de', 'validation.missingLanguage'],
        ['statements.csv, row 5, column translation_en', 'validation.missingLanguage'],
        ['statements.csv, row 7, column accepts', 'validation.outcome'],
        ['speakers.csv, row 2, column role_de', 'validation.missingLanguage'],
        ['plan_terms.csv, row 3, column outcomes', 'validation.outcome'],
        ['tour.csv, row 2, column focus', 'validation.unknownRef'],
        ['sources.csv, row 4, column via', 'validation.unknownRef'],
        ['dataset.csv, column title_de', 'validation.missingLanguage'],
      ]),
    );
    expect(errors).toHaveLength(8);
  });

  it('names the column of a required field that was left empty, and a sheet that is empty', () => {
    let files = edit('outcomes.csv', (rows) => rows.splice(5));
    files = edit('sources.csv', (rows) => set(rows, 1, 'outlet', ''), files);
    expect(where(files)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'validation.tooSmall', file: 'issues.csv', row: 4 }),
        expect.objectContaining({
          key: 'validation.required',
          file: 'sources.csv',
          row: 2,
          column: 'outlet',
        }),
      ]),
    );
    expect(where({ ...template(), 'parties.csv': '' })).toEqual([
      expect.objectContaining({ key: 'authoring.csv.emptySheet', file: 'parties.csv' }),
    ]);
  });

  it('counts rows as a spreadsheet does after a cell with line breaks', () => {
    const files = edit('statements.csv', (rows) => {
      set(rows, 1, 'summary_en', 'One\nTwo\nThree');
      set(rows, 2, 'reliability', 'rumour');
    });
    const error = errorsOf(files)[0]!;
    expect(error.location).toMatchObject({ row: 3, line: 5, column: 'reliability' });
  });
});

describe('locatePath', () => {
  const map = (() => {
    const result = convertCsvBundle(template());
    if (!result.ok) throw new Error('template');
    return result.map;
  })();

  it('reads the JSON paths that validation writes', () => {
    expect(parsePath('$.a[0]["b c"].d')).toEqual(['a', 0, 'b c', 'd']);
    expect(parsePath('$')).toEqual([]);
    expect(parsePath('not a path')).toEqual([]);
  });

  it('finds the row of an item and the column of a field, including nested sheets', () => {
    expect(locatePath('$', map)).toBeUndefined();
    expect(locatePath('$.parties', map)).toEqual({ file: 'parties.csv', sheet: 'parties' });
    expect(locatePath('$.issues[0].outcomes[2].label', map, { lang: 'de' })).toEqual({
      file: 'outcomes.csv',
      sheet: 'outcomes',
      row: 4,
      line: 4,
      column: 'label_de',
    });
    expect(locatePath('$.plans[1].terms[0]', map)).toMatchObject({
      file: 'plan_terms.csv',
      row: 5,
    });
    expect(locatePath('$.statements[2].quote.lang', map)).toMatchObject({
      row: 4,
      column: 'quote_lang',
    });
    expect(locatePath('$.tour[1].state.parties[0]', map)).toMatchObject({
      row: 3,
      column: 'parties',
    });
    expect(locatePath('$.languages[1]', map)).toMatchObject({ file: 'dataset.csv', row: 6 });
    expect(locatePath('$.statements[99].date', map)).toEqual({
      file: 'statements.csv',
      sheet: 'statements',
    });
  });
});

describe('datasetToCsvBundle', () => {
  it('writes the bundled dataset as sheets that load back as the same dataset', () => {
    const text = readFileSync(join(DIR, '../../datasets/russia-ukraine.json'), 'utf8');
    const original = parseDataset(text);
    if (!original.ok) throw new Error('bundled dataset');
    const files = datasetToCsvBundle(original.dataset);
    expect(Object.keys(files)).toContain('plan_terms.csv');
    const back = validateCsvBundle(files);
    expect(back.ok && back.dataset).toEqual(original.dataset);
  });

  it('writes any other delimiter on request, and only the optional sheets that have rows', () => {
    const small = parseDataset(JSON.stringify({ ...(templateJson() as object), tour: undefined }));
    if (!small.ok) throw new Error('template');
    const files = datasetToCsvBundle({ ...small.dataset, events: [] }, { delimiter: ';' });
    expect(Object.keys(files)).not.toContain('events.csv');
    expect(Object.keys(files)).not.toContain('tour.csv');
    expect(files['parties.csv']?.split('\r\n')[0]).toBe('\uFEFFid;name_en;name_de;kind');
    expect(validateCsvBundle(files).ok).toBe(true);
  });
});
