// The messages this module produces (a lazily loaded area of the English catalog).
import '../i18n/en-authoring';
import { translate, type Lang, type MessageKey, type Params } from '../i18n/i18n';
import type { Localized } from '../model/types';
import { sheetSpec, SHEET_NAMES, type SheetName, type SheetSpec } from './csv-sheets';
import { loadError, type LoadError } from './load-error';

/**
 * Problems in a CSV bundle and where they are: a file, a row as a spreadsheet numbers it, a
 * column. `locatePath` turns a JSON path of the converted dataset (`$.statements[3].date`) back
 * into the cell it came from.
 */

/** Where a problem is: "statements.csv, row 14, column accepts". */
export interface CsvLocation {
  /** The file as the author named it; empty for a problem with the whole bundle. */
  readonly file: string;
  readonly sheet?: SheetName;
  /** The row as a spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** The line of the text file where that row starts. */
  readonly line?: number;
  readonly column?: string;
}

export interface CsvError {
  readonly location: CsvLocation;
  /** The JSON path, when the problem was found in the converted dataset. */
  readonly path?: string;
  readonly key: MessageKey;
  readonly params: Params;
  /** What is wrong and how to fix it, in every UI language. */
  readonly message: Localized;
}

export interface CsvOrigin {
  readonly sheet: SheetName;
  readonly row: number;
  readonly line: number;
}

/** Where each part of the converted JSON came from. */
export interface CsvSourceMap {
  /** sheet → the file it was read from */
  readonly files: ReadonlyMap<SheetName, string>;
  /** item path (`statements[3]`, `parties[0].speakers[1]`) → its row */
  readonly items: ReadonlyMap<string, CsvOrigin>;
  /** dataset.csv key (`asOf`, `title_en`) → its row */
  readonly keys: ReadonlyMap<string, CsvOrigin>;
  /** The languages dataset.csv declares, to name a text column when a path names no language. */
  readonly languages: readonly string[];
}

export function csvError(location: CsvLocation, key: MessageKey, params: Params = {}): CsvError {
  const { message } = loadError('$', key, params);
  return { location, key, params, message };
}

/** "statements.csv, row 14, column accepts" in `lang`; empty for the whole bundle. */
export function formatLocation(location: CsvLocation, lang: Lang): string {
  const { file, row, column } = location;
  if (row !== undefined && column !== undefined)
    return translate(lang, 'authoring.location.cell', { file, row, column });
  if (row !== undefined) return translate(lang, 'authoring.location.row', { file, row });
  if (column !== undefined) return translate(lang, 'authoring.location.column', { file, column });
  return file;
}

/** The problems `validateDataset` found in converted JSON, each pointed at its cell. */
export function locateErrors(errors: readonly LoadError[], map: CsvSourceMap): CsvError[] {
  return errors.map((e) => ({
    location: locatePath(e.path, map, e.params) ?? { file: '' },
    path: e.path,
    key: e.key,
    params: e.params,
    message: e.message,
  }));
}

const PART = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `$.a[0]["b c"]` → `['a', 0, 'b c']`, as far as it can be read. */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  if (!path.startsWith('$')) return parts;
  PART.lastIndex = 1;
  for (let m = PART.exec(path); m; m = PART.exec(path)) {
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(Number(m[2]));
    else parts.push(String(JSON.parse(m[3]!)));
  }
  return parts;
}

const CHILD_SHEETS: Readonly<Record<string, SheetName>> = {
  'parties.speakers': 'speakers',
  'issues.outcomes': 'outcomes',
  'plans.terms': 'plan_terms',
};

/**
 * The cell a JSON path of the converted dataset came from: `$.statements[3].date` → the row of
 * that statement in statements.csv, column `date`. A missing text names its language column
 * (from the error's `lang` parameter). `undefined` for `$` itself.
 */
export function locatePath(
  path: string,
  map: CsvSourceMap,
  params: Params = {},
): CsvLocation | undefined {
  const parts = parsePath(path);
  const [top, index] = parts;
  if (typeof top !== 'string') return undefined;
  const sheet = (SHEET_NAMES as readonly string[]).includes(top) ? (top as SheetName) : undefined;
  if (!sheet || sheet === 'dataset') return locateSetting(parts, map, params);
  const file = map.files.get(sheet) ?? `${sheet}.csv`;
  if (typeof index !== 'number') return { file, sheet };
  const child = CHILD_SHEETS[`${top}.${String(parts[2])}`];
  if (child && typeof parts[3] === 'number') {
    const origin = map.items.get(`${top}[${index}].${String(parts[2])}[${parts[3]}]`);
    if (origin) return cell(map, origin, sheetSpec(child), parts.slice(4), params);
  }
  const origin = map.items.get(`${top}[${index}]`);
  return origin ? cell(map, origin, sheetSpec(sheet), parts.slice(2), params) : { file, sheet };
}

function cell(
  map: CsvSourceMap,
  origin: CsvOrigin,
  spec: SheetSpec,
  rest: readonly (string | number)[],
  params: Params,
): CsvLocation {
  const file = map.files.get(origin.sheet) ?? `${origin.sheet}.csv`;
  const at = { file, sheet: origin.sheet, row: origin.row, line: origin.line };
  const column = columnFor(spec, rest, params, map.languages);
  return column === undefined ? at : { ...at, column };
}

/** The column a field path names, e.g. `['quote', 'translations']` → `translation_de`. */
function columnFor(
  spec: SheetSpec,
  rest: readonly (string | number)[],
  params: Params,
  languages: readonly string[],
): string | undefined {
  const names = rest.filter((p): p is string => typeof p === 'string');
  const fits = (path: readonly string[]) => path.every((p, i) => names[i] === p);
  const field =
    [...spec.fields].sort((a, b) => b.path.length - a.path.length).find((f) => fits(f.path)) ??
    spec.fields.find((f) => f.path[0] === names[0]);
  if (!field) return undefined;
  if (field.kind !== 'localized') return field.column;
  const lang =
    typeof params.lang === 'string'
      ? params.lang
      : (names[field.path.length] ?? languages[0] ?? 'en');
  return `${field.column}_${lang}`;
}

function locateSetting(
  parts: readonly (string | number)[],
  map: CsvSourceMap,
  params: Params,
): CsvLocation {
  const spec = sheetSpec('dataset');
  const file = map.files.get('dataset') ?? 'dataset.csv';
  const column = columnFor(spec, parts, params, map.languages);
  if (column === undefined) return { file, sheet: 'dataset' };
  const origin = map.keys.get(column);
  return origin
    ? { file, sheet: 'dataset', row: origin.row, line: origin.line, column }
    : { file, sheet: 'dataset', column };
}
