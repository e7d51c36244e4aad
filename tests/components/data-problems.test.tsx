import {
  classifyFiles,
  fromCsvError,
  fromLoadError,
  problem,
  problemText,
} from '../../src/views/data/problems';
import { formatSize } from '../../src/views/data/format';
import { switchedView, takeFlash } from '../../src/views/data/switch-dataset';
import { isLoadableAddress } from '../../src/views/data/UrlForm';
import { csvError } from '../../src/data/csv-locate';
import { loadError } from '../../src/data/load-error';
import type { IsoDate } from '../../src/model/types';

// The load panel's words, made from each problem's key when shown (pure: no DOM needed).

describe('problemText', () => {
  it('a JSON problem: its path, the message and how to fix it, in the language shown', () => {
    const p = fromLoadError(loadError(['statements', 3, 'date'], 'validation.date'));
    expect(problemText(p, 'en')).toEqual({
      where: '$.statements[3].date',
      isPath: true,
      message: 'Expected a date as YYYY-MM-DD or YYYY-MM (a real calendar date).',
      hint: expect.stringMatching(/^Write 2025-03-01, or 2025-03/),
    });
    expect(problemText(p, 'de')).toMatchObject({
      where: '$.statements[3].date',
      hint: expect.stringMatching(/^Schreiben Sie 2025-03-01/),
    });
  });

  it('a problem with the whole file says so instead of "$"', () => {
    const p = fromLoadError(loadError('$', 'validation.json', { detail: 'Unexpected end' }));
    expect(problemText(p, 'en')).toMatchObject({ where: 'The whole file', isPath: false });
    expect(problemText(p, 'de').where).toBe('Die ganze Datei');
  });

  it('a CSV problem: sheet, row and column; the whole bundle is "All files"', () => {
    const cell = fromCsvError(
      csvError(
        { file: 'statements.csv', sheet: 'statements', row: 14, column: 'accepts' },
        'authoring.csv.bool',
        { value: 'maybe' },
      ),
    );
    expect(problemText(cell, 'en')).toEqual({
      where: 'statements.csv, row 14, column accepts',
      isPath: false,
      message: '“maybe” is neither true nor false. Write true or false.',
      hint: undefined,
    });
    const bundle = fromCsvError(csvError({ file: '' }, 'authoring.csv.noFiles'));
    expect(problemText(bundle, 'de').where).toBe('Alle Dateien');
  });

  it('says a kind of item in the message’s language', () => {
    const p = problem('validation.unknownRef', { kind: 'party', id: 'x' });
    expect(problemText(p, 'en').message).toBe('There is no party with the id “x”.');
    expect(problemText(p, 'de').message).toContain('Partei');
  });
});

describe('classifyFiles', () => {
  it.each([
    [['d.json'], 'json'],
    [['D.JSON'], 'json'],
    [['dataset.csv', 'parties.csv'], 'csv'],
    [['statements.tsv'], 'csv'],
    [['notes.txt'], 'csv'],
    [[], 'csv'],
  ])('%j → %s', (names, kind) => expect(classifyFiles(names)).toBe(kind));

  it('refuses two JSON files, or JSON with sheets', () => {
    expect(classifyFiles(['a.json', 'b.json'])).toMatchObject({ key: 'data.load.manyJson' });
    expect(classifyFiles(['a.json', 'dataset.csv'])).toMatchObject({ key: 'data.load.mixed' });
  });
});

describe('switchedView', () => {
  it('keeps the reader’s language, theme, mode and reliability; drops the old dataset’s view', () => {
    const next = switchedView(
      {
        at: '2024-01-01' as IsoDate,
        parties: ['a'],
        focus: { party: 'a', issue: 'b' },
        plan: 'p',
        tour: 'mine',
        data: 'https://example.org/d.json',
        version: '2025-01-01.1',
        lang: 'de',
        theme: 'dark',
        mode: 'overlap',
        rel: 'official',
      },
      'my:coral-1',
    );
    expect(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined))).toEqual({
      dataset: 'my:coral-1',
      lang: 'de',
      theme: 'dark',
      mode: 'overlap',
      rel: 'official',
    });
    expect(next).toHaveProperty('at', undefined); // a patch that clears it
  });
});

describe('takeFlash', () => {
  it('is empty when nothing waits', () => expect(takeFlash('my:x')).toBeUndefined());
});

describe('isLoadableAddress', () => {
  it.each([
    ['https://example.org/d.json', true],
    ['http://localhost:5173/d.json', true],
    ['http://127.0.0.1/d.json', true],
    ['http://example.org/d.json', false],
    ['ftp://example.org/d.json', false],
    ['javascript:alert(1)', false],
    ['example.org/d.json', false],
    ['', false],
  ])('%s → %s', (url, ok) => expect(isLoadableAddress(url)).toBe(ok));
});

describe('formatSize', () => {
  it.each([
    [0, 'en', '1 KB'],
    [2_500, 'en', '2 KB'],
    [1024 * 1024 * 3.45, 'en', '3.5 MB'],
    [1024 * 1024 * 3.45, 'de', '3,5 MB'],
  ] as const)('%d bytes (%s) → %s', (bytes, lang, text) =>
    expect(formatSize(bytes, lang)).toBe(text),
  );
});
