import type { Dataset } from '../model/types';
import { CSV_LIMITS, readCsv, type CsvFailure, type CsvRow } from './csv';
import {
  csvError,
  locateErrors,
  type CsvError,
  type CsvOrigin,
  type CsvSourceMap,
} from './csv-locate';
import { readSettings, readSheet, type Item, type Table } from './csv-rows';
import { SHEETS, sheetOfFile, type SheetName } from './csv-sheets';
import { validateDataset } from './validate';
import { datasetWarnings } from './warnings';

/**
 * The CSV bundle → dataset JSON (format v1). Each sheet is one CSV file (csv-sheets.ts, described
 * in docs/AUTHORING.md); the result is plain JSON for `validateDataset`, plus a map from every
 * item back to its sheet and row, so that validation errors point at a cell. Never throws.
 */

export type CsvBundleResult =
  | { readonly ok: true; readonly json: Record<string, unknown>; readonly map: CsvSourceMap }
  | { readonly ok: false; readonly errors: readonly CsvError[] };

/** File name → text, as the files were picked. */
export type CsvFiles = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

const entriesOf = (files: CsvFiles): [string, unknown][] =>
  files instanceof Map ? [...files.entries()] : Object.entries(files);
const isBlank = (row: CsvRow) => row.cells.every((c) => c.trim() === '');
const mb = (chars: number) => Math.ceil(chars / 1024 / 1024);

/** Converts the sheets to dataset JSON; every problem with its file, row and column. */
export function convertCsvBundle(files: CsvFiles): CsvBundleResult {
  const errors: CsvError[] = [];
  if (entriesOf(files).length === 0)
    return { ok: false, errors: [csvError({ file: '' }, 'authoring.csv.noFiles')] };
  const tables = readTables(files, errors);
  const map = {
    files: new Map([...tables].map(([sheet, t]) => [sheet, t.file])),
    items: new Map<string, CsvOrigin>(),
    keys: new Map<string, CsvOrigin>(),
  };
  const lists = new Map<SheetName, Item[]>();
  let head: Record<string, unknown> = {};
  for (const spec of SHEETS) {
    const table = tables.get(spec.name);
    if (!table) {
      if (spec.required)
        errors.push(csvError({ file: `${spec.name}.csv` }, 'authoring.csv.missingSheet'));
      continue;
    }
    if (spec.name === 'dataset') head = readSettings(spec, table, map.keys, errors);
    else lists.set(spec.name, readSheet(spec, table, errors));
  }
  const json = assemble(head, lists, tables, map.items, errors);
  const languages = Array.isArray(head.languages) ? (head.languages as string[]) : [];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, json, map: { ...map, languages } };
}

export type CsvBundleChecked =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly json: Record<string, unknown>;
      readonly map: CsvSourceMap;
      /** `datasetWarnings`, each pointed at its cell like an error. */
      readonly warnings: readonly CsvError[];
    }
  | { readonly ok: false; readonly errors: readonly CsvError[] };

/**
 * Converts the sheets and validates the result like any dataset: first the problems of the sheets
 * themselves (a missing sheet, an unknown column); when there are none, every validation error,
 * pointed at its file, row and column; for a valid dataset, its warnings, located the same way.
 * Never throws.
 */
export function validateCsvBundle(files: CsvFiles): CsvBundleChecked {
  const converted = convertCsvBundle(files);
  if (!converted.ok) return converted;
  const validated = validateDataset(converted.json);
  if (!validated.ok) return { ok: false, errors: locateErrors(validated.errors, converted.map) };
  const { json, map } = converted;
  const warnings = locateErrors(datasetWarnings(validated.dataset), map);
  return { ok: true, dataset: validated.dataset, json, map, warnings };
}

function readTables(files: CsvFiles, errors: CsvError[]): Map<SheetName, Table> {
  const tables = new Map<SheetName, Table>();
  const entries = entriesOf(files);
  const total = entries.reduce(
    (n, [, text]) => n + (typeof text === 'string' ? text.length : 0),
    0,
  );
  if (total > CSV_LIMITS.maxChars) {
    errors.push(
      csvError({ file: '' }, 'authoring.csv.tooLarge', {
        size: mb(total),
        limit: mb(CSV_LIMITS.maxChars),
      }),
    );
    return tables;
  }
  for (const [file, text] of entries) {
    const sheet = sheetOfFile(file);
    if (!sheet) {
      errors.push(
        csvError({ file }, 'authoring.csv.unknownFile', {
          file,
          sheets: SHEETS.map((s) => `${s.name}.csv`).join(', '),
        }),
      );
      continue;
    }
    const first = tables.get(sheet);
    if (first) {
      errors.push(
        csvError({ file, sheet }, 'authoring.csv.duplicateSheet', { sheet, first: first.file }),
      );
      continue;
    }
    const read = readCsv(typeof text === 'string' ? text : '');
    if (!read.ok) {
      errors.push(readFailure(file, sheet, read));
      continue;
    }
    tables.set(sheet, { file, rows: read.rows.filter((r) => !isBlank(r)) });
  }
  return tables;
}

function readFailure(file: string, sheet: SheetName, failure: CsvFailure): CsvError {
  const at = { file, sheet };
  switch (failure.reason) {
    case 'unterminated-quote':
      return csvError({ ...at, line: failure.line }, 'authoring.csv.unterminatedQuote', {
        line: failure.line,
      });
    case 'too-large':
      return csvError(at, 'authoring.csv.tooLarge', {
        size: mb(failure.size),
        limit: mb(failure.limit),
      });
    case 'too-many-columns':
      return csvError({ ...at, line: failure.line }, 'authoring.csv.tooManyColumns', {
        line: failure.line,
        limit: failure.limit,
      });
    default:
      return csvError(at, 'authoring.csv.tooManyRows', { limit: failure.limit });
  }
}

/** Top-level keys in the order of format v1; lists come from their sheets, the rest from dataset.csv. */
const ORDER = [
  'schemaVersion',
  'id',
  'asOf',
  'languages',
  'title',
  'description',
  'parties',
  'issues',
  'statements',
  'sources',
  'events',
  'plans',
  'tour',
  'version',
  'changelog',
] as const;

/** Child sheets, the list they fill in each parent, and the parent's keys that follow that list. */
const CHILDREN: readonly [parent: SheetName, child: SheetName, field: string, after: string[]][] = [
  ['parties', 'speakers', 'speakers', []],
  ['issues', 'outcomes', 'outcomes', []],
  ['plans', 'plan_terms', 'terms', ['sources', 'reliability']],
];

function assemble(
  head: Record<string, unknown>,
  lists: Map<SheetName, Item[]>,
  tables: Map<SheetName, Table>,
  items: Map<string, CsvOrigin>,
  errors: CsvError[],
): Record<string, unknown> {
  for (const child of CHILDREN) attach(lists, tables, child, items, errors);
  const json: Record<string, unknown> = {};
  for (const key of ORDER) {
    const list = lists.get(key as SheetName);
    if (list) {
      json[key] = list.map((item, i) => {
        items.set(`${key}[${i}]`, item.origin);
        return item.value;
      });
    } else if (Object.hasOwn(head, key)) json[key] = head[key];
    else if (key === 'schemaVersion') json[key] = 1;
    else if (key === 'events' || key === 'plans') json[key] = [];
  }
  return json;
}

/** Puts each child row (a speaker, an outcome, a plan term) into its parent's list, in row order. */
function attach(
  lists: Map<SheetName, Item[]>,
  tables: Map<SheetName, Table>,
  [parentSheet, childSheet, field, after]: (typeof CHILDREN)[number],
  items: Map<string, CsvOrigin>,
  errors: CsvError[],
): void {
  const parents = lists.get(parentSheet) ?? [];
  const byId = new Map<string, number>();
  parents.forEach((p, i) => {
    p.value[field] = [];
    // Keys keep the order of format v1, so the JSON reads like a hand-written dataset.
    for (const key of after) {
      const value = p.value[key];
      delete p.value[key];
      if (value !== undefined) p.value[key] = value;
    }
    const id = p.value.id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, i);
  });
  for (const child of lists.get(childSheet) ?? []) {
    // Without any parent rows, the missing or empty parent sheet is the one problem to report.
    if (child.parent === undefined || parents.length === 0) continue;
    const i = byId.get(child.parent);
    if (i !== undefined) {
      const list = parents[i]!.value[field] as unknown[];
      items.set(`${parentSheet}[${i}].${field}[${list.length}]`, child.origin);
      list.push(child.value);
    } else
      errors.push(
        csvError(
          { file: tables.get(childSheet)!.file, ...child.origin, column: parentColumn(childSheet) },
          'authoring.csv.unknownParent',
          { id: child.parent, file: tables.get(parentSheet)?.file ?? `${parentSheet}.csv` },
        ),
      );
  }
}

const parentColumn = (sheet: SheetName) =>
  SHEETS.find((s) => s.name === sheet)?.parent?.column ?? '';
