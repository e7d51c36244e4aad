/** A CSV field: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | undefined;

/** The MIME type of the files `toCsv` writes. */
export const CSV_MIME = 'text/csv;charset=utf-8';

// A spreadsheet runs a field that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field per RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A field that a spreadsheet would run as a formula gets a leading apostrophe, so it stays text.
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: the header, then the rows, each line ended by CRLF (RFC 4180). It starts with
 * a UTF-8 byte-order mark, so Excel reads umlauts and other non-ASCII text correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => `${cells.map(csvField).join(',')}\r\n`;
  return `\uFEFF${line(header)}${rows.map(line).join('')}`;
}
