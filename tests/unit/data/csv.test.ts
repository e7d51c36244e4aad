import fc from 'fast-check';
import { detectDelimiter, readCsv, writeCsv, type CsvRead } from '../../../src/data/csv';

const cells = (read: CsvRead) => {
  if (!read.ok) throw new Error(`expected rows, got ${read.reason}`);
  return read.rows.map((r) => r.cells);
};

describe('readCsv', () => {
  it('reads plain cells, quoted cells with delimiters, and doubled quotes', () => {
    expect(cells(readCsv('id,name\nnorth,"North, the ""big"" one"\n'))).toEqual([
      ['id', 'name'],
      ['north', 'North, the "big" one'],
    ]);
  });

  it.each([
    ['LF', 'a,b\nc,d\n'],
    ['CRLF', 'a,b\r\nc,d\r\n'],
    ['CR', 'a,b\rc,d\r'],
    ['no final line break', 'a,b\nc,d'],
    ['a byte-order mark', '\uFEFFa,b\r\nc,d\r\n'],
  ])('reads line ends: %s', (_name, text) => {
    expect(cells(readCsv(text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps line breaks inside quotes and numbers rows as a spreadsheet does, lines as a text editor does', () => {
    const read = readCsv('id,text\r\none,"two\r\nlines"\r\nthree,x\r\n');
    if (!read.ok) throw new Error('expected rows');
    expect(read.rows.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(read.rows[1]?.cells[1]).toBe('two\r\nlines');
  });

  it('keeps empty cells, a trailing delimiter and empty rows', () => {
    expect(cells(readCsv('a,,c,\n\nx\n'))).toEqual([['a', '', 'c', ''], [''], ['x']]);
    expect(cells(readCsv(''))).toEqual([]);
    expect(cells(readCsv('\uFEFF'))).toEqual([]);
  });

  it('keeps stray quotes in unquoted cells and text after a closing quote as written', () => {
    expect(cells(readCsv('5" screen,"a"b\n'))).toEqual([['5" screen', 'ab']]);
  });

  it('detects the delimiter from the first record: comma, semicolon (German Excel) or tab', () => {
    expect(readCsv('a;b;c\n1;2,5;3\n')).toMatchObject({ ok: true, delimiter: ';' });
    expect(cells(readCsv('a;b;c\n1;2,5;3\n'))[1]).toEqual(['1', '2,5', '3']);
    expect(readCsv('a\tb\n1\t2\n')).toMatchObject({ ok: true, delimiter: '\t' });
    expect(readCsv('"a;b",c\n')).toMatchObject({ ok: true, delimiter: ',' });
    expect(detectDelimiter('single')).toBe(',');
    expect(detectDelimiter('a,b;c')).toBe(',');
  });

  it("follows Excel's sep= line and counts it as line 1", () => {
    const read = readCsv('sep=;\r\na;b\r\n');
    expect(read).toMatchObject({ ok: true, delimiter: ';' });
    if (read.ok) expect(read.rows[0]).toEqual({ row: 1, line: 2, cells: ['a', 'b'] });
  });

  it('reports a quote that is never closed, with the line where its row starts', () => {
    expect(readCsv('a,b\nc,"open\nstill open\n')).toEqual({
      ok: false,
      reason: 'unterminated-quote',
      line: 2,
    });
  });

  it('stops at its limits instead of working without bound', () => {
    expect(readCsv('a,b\n', { maxChars: 3 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(readCsv('a\nb\nc\n', { maxRows: 2 })).toMatchObject({
      ok: false,
      reason: 'too-many-rows',
    });
    expect(readCsv('a,b,c\n', { maxColumns: 2 })).toMatchObject({
      ok: false,
      reason: 'too-many-columns',
      line: 1,
    });
    expect(readCsv('a,b\nc,d\n', { maxCells: 3 })).toMatchObject({
      ok: false,
      reason: 'too-many-cells',
    });
    expect(readCsv(','.repeat(200_000))).toMatchObject({ ok: false, reason: 'too-many-columns' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const read = readCsv(text);
        if (read.ok) for (const r of read.rows) expect(r.cells.length).toBeGreaterThan(0);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});

describe('writeCsv', () => {
  it('quotes only cells that need it and ends lines with CRLF after a byte-order mark', () => {
    expect(
      writeCsv([
        ['id', 'text'],
        ['a', 'say "hi", then\ngo'],
      ]),
    ).toBe('\uFEFFid,text\r\na,"say ""hi"", then\ngo"\r\n');
    expect(writeCsv([['x;y', ' pad']], { bom: false })).toBe('"x;y"," pad"\r\n');
  });

  it('round-trips any table through readCsv, with any delimiter', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    // A header has at least two columns: that is what the delimiter is detected from.
    const header = fc.array(cell, { minLength: 2, maxLength: 5 });
    const body = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 });
    const delimiter = fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t');
    fc.assert(
      fc.property(header, body, delimiter, (head, rows, d) => {
        const table = [head, ...rows];
        expect(cells(readCsv(writeCsv(table, { delimiter: d })))).toEqual(table);
      }),
      { seed: 8, numRuns: 400 },
    );
  });
});
