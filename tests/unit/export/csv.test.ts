import { csvField, toCsv } from '../../../src/export/csv';
import { parseCsv } from './parse-csv';

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['Süd – Grenze', 'Süd – Grenze'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  test.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('a field a spreadsheet would run as a formula stays text: %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  test('numbers are written as numbers, even negative ones; undefined is an empty field', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(2.5)).toBe('2.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  test('starts with a UTF-8 BOM, ends every line with CRLF, and reads back to the same fields', () => {
    const rows = [
      ['Nord', 'Grenze, alte Linie', 'sagt "nein"\nund geht'],
      ['Süd', '=1+1', undefined],
    ];
    const text = toCsv(['Partei', 'Streitfrage', 'Zitat'], rows);
    expect(text.startsWith('\uFEFFPartei,Streitfrage,Zitat\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Partei', 'Streitfrage', 'Zitat'],
      ['Nord', 'Grenze, alte Linie', 'sagt "nein"\nund geht'],
      ['Süd', "'=1+1", ''],
    ]);
  });

  test('encodes umlauts as UTF-8 after the BOM', () => {
    const bytes = new TextEncoder().encode(toCsv(['Ü'], []));
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0x9c, 0x0d, 0x0a]);
  });
});
