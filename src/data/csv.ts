/**
 * An RFC 4180 CSV reader and writer. The reader accepts what spreadsheet programs export: quoted
 * cells with doubled quotes and line breaks, CRLF / LF / CR line ends, a UTF-8 byte-order mark, a
 * final line break or none, and `,`, `;` (German Excel) or tab as the delimiter — detected from
 * the first record, or named by Excel's `sep=;` first line. It never throws, and its work is one
 * pass over the text with limits on size, rows and cells.
 */

export type Delimiter = ',' | ';' | '\t';

/** One record: its cells, its row as a spreadsheet numbers it, and the text line it starts on. */
export interface CsvRow {
  /** 1-based record number (the header is row 1), as a spreadsheet shows it. */
  readonly row: number;
  /** 1-based line of the text where the record starts (differs from `row` after multi-line cells). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvLimits {
  /** Longest text read, in characters. @default 100 MiB (the dataset limit) */
  readonly maxChars: number;
  /** @default 1,000,000 */
  readonly maxRows: number;
  /** Cells in one record. @default 1,000 */
  readonly maxColumns: number;
  /** Cells in the whole text. @default 20,000,000 */
  readonly maxCells: number;
}

export const CSV_LIMITS: CsvLimits = {
  maxChars: 100 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 1_000,
  maxCells: 20_000_000,
};

export type CsvFailure =
  | { readonly reason: 'unterminated-quote'; readonly line: number }
  | { readonly reason: 'too-large'; readonly limit: number; readonly size: number }
  | { readonly reason: 'too-many-rows' | 'too-many-cells'; readonly limit: number }
  | { readonly reason: 'too-many-columns'; readonly limit: number; readonly line: number };

export type CsvRead =
  | { readonly ok: true; readonly delimiter: Delimiter; readonly rows: readonly CsvRow[] }
  | ({ readonly ok: false } & CsvFailure);

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const SEP_LINE = /^sep=([,;\t])(\r\n|\r|\n|$)/;

/** Reads CSV text into rows. Never throws. */
export function readCsv(text: string, limits: Partial<CsvLimits> = {}): CsvRead {
  const max = { ...CSV_LIMITS, ...limits };
  if (typeof text !== 'string') return { ok: true, delimiter: ',', rows: [] };
  if (text.length > max.maxChars)
    return { ok: false, reason: 'too-large', limit: max.maxChars, size: text.length };
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let delimiter: Delimiter;
  const sep = SEP_LINE.exec(text.slice(start, start + 8));
  if (sep) {
    delimiter = sep[1] as Delimiter;
    start += sep[0].length;
    line = 2;
  } else delimiter = detectDelimiter(text, start);
  return parse(text, start, line, delimiter, max);
}

/**
 * The delimiter of the first record: whichever of `,` `;` tab occurs most often outside quotes
 * (`,` on a tie or when there is none).
 */
export function detectDelimiter(text: string, from = 0): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const LINE_BREAKS = /\r\n?|\n/g;
const countLines = (s: string): number => s.match(LINE_BREAKS)?.length ?? 0;

function parse(
  text: string,
  from: number,
  firstLine: number,
  delimiter: Delimiter,
  max: CsvLimits,
): CsvRead {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = from;
  let line = firstLine;
  let cellCount = 0;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        // A quoted cell: runs to the next quote that is not doubled; may span lines.
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return { ok: false, reason: 'unterminated-quote', line: startLine };
          const part = text.slice(i, q);
          line += countLines(part);
          cell += part;
          if (text[q + 1] === '"') {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      // Unquoted text, or stray text after a closing quote, is kept as it is (lenient).
      let j = i;
      while (j < n) {
        const c = text[j];
        if (c === delimiter || c === '\n' || c === '\r') break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
      cells.push(cell);
      if (cells.length > max.maxColumns)
        return { ok: false, reason: 'too-many-columns', limit: max.maxColumns, line: startLine };
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
      else if (text[i] === '\n') i++;
      line++;
      break;
    }
    cellCount += cells.length;
    if (cellCount > max.maxCells)
      return { ok: false, reason: 'too-many-cells', limit: max.maxCells };
    rows.push({ row: rows.length + 1, line: startLine, cells });
    if (rows.length > max.maxRows)
      return { ok: false, reason: 'too-many-rows', limit: max.maxRows };
  }
  return { ok: true, delimiter, rows };
}

export interface CsvWriteOptions {
  /** @default ',' */
  readonly delimiter?: Delimiter;
  /** Start with a UTF-8 byte-order mark, so Excel reads umlauts correctly. @default true */
  readonly bom?: boolean;
}

/**
 * Writes rows as CSV with CRLF line ends (RFC 4180). A cell is quoted when it holds a quote, a
 * line break, any of the three delimiters (so that detection on reading cannot be misled), outer
 * spaces, or starts like Excel's `sep=` line.
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: CsvWriteOptions = {},
): string {
  const { delimiter = ',', bom = true } = options;
  const quote = (cell: string) =>
    /[",;\t\r\n]/.test(cell) || cell !== cell.trim() || cell.startsWith('sep=')
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  const body = rows.map((cells) => cells.map(quote).join(delimiter)).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}
