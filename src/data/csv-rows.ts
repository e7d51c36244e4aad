import type { CsvRow } from './csv';
import { csvError, type CsvError, type CsvLocation, type CsvOrigin } from './csv-locate';
import {
  allowedColumns,
  matchColumn,
  readCell,
  type FieldSpec,
  type SheetSpec,
} from './csv-sheets';

/** One sheet's rows → items (csv-bundle.ts puts them together); every problem with its cell. */

export interface Table {
  readonly file: string;
  /** The rows without blank ones; the first is the header. */
  readonly rows: readonly CsvRow[];
}

export interface Item {
  readonly value: Record<string, unknown>;
  readonly origin: CsvOrigin;
  /** The id in the parent column (`party` of a speaker), for rows that belong to another sheet. */
  readonly parent?: string;
}

/** A row whose first cell starts with `#` is a note and is skipped. */
const isData = (row: CsvRow) => !(row.cells[0] ?? '').trim().startsWith('#');

type Column =
  | { readonly type: 'field'; readonly field: FieldSpec; readonly lang?: string }
  | { readonly type: 'parent' }
  | { readonly type: 'skip' };

/** The meaning of each header cell; problems with the header are reported once, on row 1. */
function readHeader(spec: SheetSpec, table: Table, errors: CsvError[]): Column[] | undefined {
  const header = table.rows[0];
  if (!header) {
    errors.push(
      csvError({ file: table.file, sheet: spec.name }, 'authoring.csv.emptySheet', {
        allowed: allowedColumns(spec),
      }),
    );
    return undefined;
  }
  const seen = new Set<string>();
  const columns = header.cells.map((raw, c): Column => {
    const name = raw.trim();
    const at = { file: table.file, sheet: spec.name, row: header.row, line: header.line };
    if (name === '') {
      if (table.rows.some((r) => (r.cells[c] ?? '').trim() !== ''))
        errors.push(csvError({ ...at, column: letter(c) }, 'authoring.csv.unnamedColumn'));
      return { type: 'skip' };
    }
    const column = columnOf(spec, name, { ...at, column: name }, errors);
    const id =
      column.type === 'field' ? `${column.field.column}_${column.lang ?? ''}` : column.type;
    if (column.type !== 'skip' && seen.has(id))
      errors.push(
        csvError({ ...at, column: name }, 'authoring.csv.duplicateColumn', { column: name }),
      );
    seen.add(id);
    return column;
  });
  if (spec.parent && !columns.some((c) => c.type === 'parent'))
    errors.push(
      csvError(
        { file: table.file, sheet: spec.name, row: header.row },
        'authoring.csv.missingColumn',
        {
          column: spec.parent.column,
        },
      ),
    );
  return columns;
}

function columnOf(spec: SheetSpec, name: string, at: CsvLocation, errors: CsvError[]): Column {
  if (spec.parent && name.toLowerCase() === spec.parent.column) return { type: 'parent' };
  const match = matchColumn(spec, name);
  switch (match.type) {
    case 'field':
      return match;
    case 'ignore':
      return { type: 'skip' };
    case 'unknown':
      errors.push(
        csvError(at, 'authoring.csv.unknownColumn', {
          column: name,
          allowed: allowedColumns(spec),
        }),
      );
      return { type: 'skip' };
    case 'needs-language':
      errors.push(
        csvError(at, 'authoring.csv.needsLanguage', {
          column: name,
          example: `${match.field.column}_en`,
        }),
      );
      return { type: 'skip' };
    case 'bad-language':
      errors.push(
        csvError(at, 'authoring.csv.badLanguage', {
          lang: match.lang,
          example: `${match.field.column}_en`,
        }),
      );
      return { type: 'skip' };
  }
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function letter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function readSheet(spec: SheetSpec, table: Table, errors: CsvError[]): Item[] {
  const columns = readHeader(spec, table, errors);
  if (!columns) return [];
  return table.rows
    .slice(1)
    .filter(isData)
    .map((row) => {
      const origin = { sheet: spec.name, row: row.row, line: row.line };
      const at = (column: string): CsvLocation => ({ file: table.file, ...origin, column });
      const value: Record<string, unknown> = {};
      let parent: string | undefined;
      row.cells.forEach((cell, c) => {
        const column = columns[c];
        if (!column) {
          if (cell.trim() !== '') errors.push(csvError(at(letter(c)), 'authoring.csv.extraCell'));
        } else if (column.type === 'parent') parent = cell.trim() || undefined;
        else if (column.type === 'field')
          setField(
            value,
            column.field,
            column.lang,
            cell,
            at(table.rows[0]!.cells[c]!.trim()),
            errors,
          );
      });
      if (spec.parent && parent === undefined && columns.some((c) => c.type === 'parent'))
        errors.push(
          csvError(at(spec.parent.column), 'authoring.csv.missingParent', {
            column: spec.parent.column,
            kind: spec.parent.column,
          }),
        );
      const quote = value.quote as Record<string, unknown> | undefined;
      if (quote && quote.text === undefined)
        errors.push(csvError(at('quote'), 'authoring.csv.quoteWithoutText'));
      if (spec.name === 'tour') value.state ??= {};
      return parent === undefined ? { value, origin } : { value, origin, parent };
    });
}

function setField(
  item: Record<string, unknown>,
  field: FieldSpec,
  lang: string | undefined,
  raw: string,
  at: CsvLocation,
  errors: CsvError[],
): void {
  let value: unknown;
  if (field.kind === 'localized') {
    const text = raw.trim();
    if (text === '' || lang === undefined) return;
    value = text;
  } else {
    const cell = readCell(field.kind, raw);
    if (cell.type === 'bad-bool')
      errors.push(csvError(at, 'authoring.csv.bool', { value: raw.trim().slice(0, 40) }));
    if (cell.type !== 'value') return;
    value = cell.value;
  }
  // Only fixed field names and checked language codes ever become keys.
  const path = field.kind === 'localized' ? [...field.path, lang!] : field.path;
  let node = item;
  for (const part of path.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

interface Setting {
  readonly key: string;
  readonly value: string;
  readonly origin: CsvOrigin;
}

/**
 * dataset.csv's settings: one `key,value` row each (an optional `key,value` header row first), or
 * — as some prefer — the keys as column headers with one row of values below.
 */
function settingsOf(spec: SheetSpec, table: Table, errors: CsvError[]): Setting[] {
  const rows = table.rows.filter(isData);
  const originOf = (r: CsvRow) => ({ sheet: spec.name, row: r.row, line: r.line });
  const first = rows[0];
  const isKeyHeader = (first?.cells[0] ?? '').trim().toLowerCase() === 'key';
  if (first && !isKeyHeader && first.cells.filter((c) => c.trim() !== '').length > 2) {
    const values = rows[1] ?? first;
    for (const extra of rows.slice(2))
      errors.push(csvError({ file: table.file, ...originOf(extra) }, 'authoring.csv.extraRow'));
    return first.cells.flatMap((key, c) =>
      key.trim() === '' ? [] : [{ key, value: values.cells[c] ?? '', origin: originOf(values) }],
    );
  }
  return rows.slice(isKeyHeader ? 1 : 0).map((row) => {
    row.cells.slice(2).forEach((cell, c) => {
      if (cell.trim() !== '')
        errors.push(
          csvError(
            { file: table.file, ...originOf(row), column: letter(c + 2) },
            'authoring.csv.extraCell',
          ),
        );
    });
    return { key: row.cells[0] ?? '', value: row.cells[1] ?? '', origin: originOf(row) };
  });
}

/** Reads dataset.csv into the dataset's top-level fields, recording the row of each key. */
export function readSettings(
  spec: SheetSpec,
  table: Table,
  keys: Map<string, CsvOrigin>,
  errors: CsvError[],
): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  for (const { key: raw, value, origin } of settingsOf(spec, table, errors)) {
    const key = raw.trim();
    const at = { file: table.file, ...origin, column: key };
    const match = matchColumn(spec, key);
    if (match.type === 'ignore') continue;
    if (match.type !== 'field') {
      errors.push(csvError(at, 'authoring.csv.unknownKey', { key, allowed: allowedColumns(spec) }));
      continue;
    }
    const name =
      match.lang === undefined ? match.field.column : `${match.field.column}_${match.lang}`;
    if (keys.has(name)) {
      errors.push(csvError(at, 'authoring.csv.duplicateKey', { key }));
      continue;
    }
    keys.set(name, origin);
    setField(head, match.field, match.lang, value, at, errors);
  }
  return head;
}
