/**
 * The sheets of the CSV bundle (docs/AUTHORING.md): one table per part of dataset format v1,
 * and how each column maps to a field. The reader (csv-bundle.ts), the path → cell mapping
 * (csv-locate.ts) and the writer (csv-write.ts) all work from these tables.
 */

export type SheetName =
  | 'dataset'
  | 'parties'
  | 'speakers'
  | 'issues'
  | 'outcomes'
  | 'statements'
  | 'sources'
  | 'events'
  | 'plans'
  | 'plan_terms'
  | 'tour'
  | 'changelog';

/**
 * How a cell is read: `text` as written (trimmed); `date` also accepts `DD.MM.YYYY`; `list` takes
 * ids separated by `|`, spaces, commas or semicolons (`list!` gives `[]` for an empty cell, `list`
 * leaves the field out); `bool` is true/false (also yes/no, 1/0, wahr/falsch, ja/nein);
 * `localized` is one column per language, `<column>_<lang>`.
 */
export type FieldKind = 'text' | 'date' | 'list' | 'list!' | 'bool' | 'int' | 'localized';

export interface FieldSpec {
  /** The column header (for `localized`, the part before `_<lang>`). */
  readonly column: string;
  /** Where the value goes in the item, e.g. `['quote', 'text']`. */
  readonly path: readonly string[];
  readonly kind: FieldKind;
}

export interface SheetSpec {
  readonly name: SheetName;
  readonly required: boolean;
  /** The dataset's list the rows become, e.g. `statements`, or `speakers` of a party. */
  readonly list: string;
  /** For rows that belong to an item of another sheet: that sheet and the column naming it. */
  readonly parent?: { readonly sheet: SheetName; readonly column: string };
  readonly fields: readonly FieldSpec[];
}

const f = (column: string, kind: FieldKind = 'text', path: readonly string[] = [column]) => ({
  column,
  kind,
  path,
});
const state = (column: string, kind: FieldKind = 'text') => f(column, kind, ['state', column]);

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'dataset',
    required: true,
    list: '',
    fields: [
      f('schemaVersion', 'int'),
      f('id'),
      f('asOf', 'date'),
      f('version'),
      f('languages', 'list'),
      f('title', 'localized'),
      f('description', 'localized'),
    ],
  },
  {
    name: 'parties',
    required: true,
    list: 'parties',
    fields: [f('id'), f('name', 'localized'), f('kind')],
  },
  {
    name: 'speakers',
    required: false,
    list: 'speakers',
    parent: { sheet: 'parties', column: 'party' },
    fields: [f('id'), f('name'), f('role', 'localized'), f('from', 'date'), f('to', 'date')],
  },
  {
    name: 'issues',
    required: true,
    list: 'issues',
    fields: [f('id'), f('name', 'localized'), f('question', 'localized'), f('ordered', 'bool')],
  },
  {
    name: 'outcomes',
    required: true,
    list: 'outcomes',
    parent: { sheet: 'issues', column: 'issue' },
    fields: [f('id'), f('label', 'localized'), f('description', 'localized')],
  },
  {
    name: 'statements',
    required: true,
    list: 'statements',
    fields: [
      f('id'),
      f('date', 'date'),
      f('party'),
      f('speaker'),
      f('issue'),
      f('accepts', 'list!'),
      f('prefers'),
      f('rejects', 'list'),
      f('summary', 'localized'),
      f('quote', 'text', ['quote', 'text']),
      f('quote_lang', 'text', ['quote', 'lang']),
      f('translation', 'localized', ['quote', 'translations']),
      f('sources', 'list!'),
      f('reliability'),
    ],
  },
  {
    name: 'sources',
    required: true,
    list: 'sources',
    fields: [
      f('id'),
      f('outlet'),
      f('url'),
      f('title'),
      f('published', 'date'),
      f('language'),
      f('via'),
      f('type'),
    ],
  },
  {
    name: 'events',
    required: false,
    list: 'events',
    fields: [
      f('id'),
      f('date', 'date'),
      f('endDate', 'date'),
      f('kind'),
      f('title', 'localized'),
      f('summary', 'localized'),
      f('parties', 'list'),
      f('sources', 'list'),
    ],
  },
  {
    name: 'plans',
    required: false,
    list: 'plans',
    fields: [
      f('id'),
      f('date', 'date'),
      f('proposer'),
      f('reliability'),
      f('title', 'localized'),
      f('summary', 'localized'),
      f('sources', 'list!'),
    ],
  },
  {
    name: 'plan_terms',
    required: false,
    list: 'terms',
    parent: { sheet: 'plans', column: 'plan' },
    fields: [f('issue'), f('outcomes', 'list!'), f('note', 'localized')],
  },
  {
    name: 'tour',
    required: false,
    list: 'tour',
    fields: [
      f('id'),
      f('title', 'localized'),
      f('body', 'localized'),
      f('question', 'localized'),
      state('route'),
      state('at', 'date'),
      state('parties', 'list'),
      state('issues', 'list'),
      ...['focus', 'mode', 'plan', 'terms', 'vs', 'compare', 'overlap', 'order'].map((c) =>
        state(c),
      ),
      ...['from', 'to', 'lanes', 'pair', 'rel'].map((c) => state(c)),
    ],
  },
  {
    name: 'changelog',
    required: false,
    list: 'changelog',
    fields: [f('version'), f('date', 'date'), f('changes', 'localized')],
  },
];

export const SHEET_NAMES: readonly SheetName[] = SHEETS.map((s) => s.name);

export function sheetSpec(name: SheetName): SheetSpec {
  return SHEETS.find((s) => s.name === name)!;
}

/** The same pattern as the schema's language codes; nothing else may become a key. */
const LANG_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The sheet a file name stands for: `statements.csv`, `Statements.CSV`, `statements.tsv`, or a
 * Google Sheets download `My dataset - statements.csv`; `undefined` for anything else.
 */
export function sheetOfFile(fileName: string): SheetName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(csv|tsv|txt)$/i, '');
  const last = stem.split(' - ').pop() ?? '';
  const name = last
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return SHEET_NAMES.find((s) => s === name);
}

export type ColumnMatch =
  | { readonly type: 'field'; readonly field: FieldSpec; readonly lang?: string }
  | { readonly type: 'ignore' }
  | { readonly type: 'unknown' }
  | { readonly type: 'needs-language'; readonly field: FieldSpec }
  | { readonly type: 'bad-language'; readonly field: FieldSpec; readonly lang: string };

/**
 * What a column header means in `sheet`. Names match without regard to case (`endDate`,
 * `enddate`); the language part of `name_pt-BR` is kept as written. A header starting with `#`
 * is a note column and is ignored.
 */
export function matchColumn(sheet: SheetSpec, header: string): ColumnMatch {
  const h = header.trim();
  if (h.startsWith('#')) return { type: 'ignore' };
  const lower = h.toLowerCase();
  const exact = sheet.fields.find(
    (fd) => fd.kind !== 'localized' && fd.column.toLowerCase() === lower,
  );
  if (exact) return { type: 'field', field: exact };
  const cut = h.indexOf('_');
  const prefix = (cut < 0 ? h : h.slice(0, cut)).toLowerCase();
  const field = sheet.fields.find((fd) => fd.kind === 'localized' && fd.column === prefix);
  if (!field) return { type: 'unknown' };
  if (cut < 0) return { type: 'needs-language', field };
  const lang = h.slice(cut + 1);
  return LANG_CODE.test(lang)
    ? { type: 'field', field, lang }
    : { type: 'bad-language', field, lang };
}

/** The columns a sheet allows, for messages: `id, name_<lang>, kind`. */
export function allowedColumns(sheet: SheetSpec): string {
  const own = sheet.fields.map((fd) =>
    fd.kind === 'localized' ? `${fd.column}_<lang>` : fd.column,
  );
  return (sheet.parent ? [sheet.parent.column, ...own] : own).join(', ');
}

export type CellValue =
  | { readonly type: 'value'; readonly value: string | number | boolean | readonly string[] }
  | { readonly type: 'empty' }
  | { readonly type: 'bad-bool' };

const TRUE = new Set(['true', 'yes', '1', 'wahr', 'ja', 'y', 'x']);
const FALSE = new Set(['false', 'no', '0', 'falsch', 'nein', 'n']);
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const GERMAN_MONTH = /^(\d{1,2})\.(\d{4})$/;
const pad = (s: string) => s.padStart(2, '0');

/** Splits an id list on `|`, whitespace, commas or semicolons (ids contain none of them). */
export const splitList = (cell: string): string[] => cell.split(/[\s|,;]+/).filter(Boolean);

/** Reads one (non-localized) cell; an empty cell leaves the field out, or is `[]` for `list!`. */
export function readCell(kind: FieldKind, raw: string): CellValue {
  const cell = raw.trim();
  if (cell === '') return kind === 'list!' ? { type: 'value', value: [] } : { type: 'empty' };
  switch (kind) {
    case 'list':
    case 'list!':
      return { type: 'value', value: splitList(cell) };
    case 'bool': {
      const lower = cell.toLowerCase();
      if (TRUE.has(lower)) return { type: 'value', value: true };
      return FALSE.has(lower) ? { type: 'value', value: false } : { type: 'bad-bool' };
    }
    case 'int':
      return { type: 'value', value: /^\d{1,9}$/.test(cell) ? Number(cell) : cell };
    case 'date': {
      // Spreadsheets set to German turn 2024-03-01 into 01.03.2024; both mean the same day.
      const day = GERMAN_DAY.exec(cell);
      if (day) return { type: 'value', value: `${day[3]}-${pad(day[2]!)}-${pad(day[1]!)}` };
      const month = GERMAN_MONTH.exec(cell);
      return { type: 'value', value: month ? `${month[2]}-${pad(month[1]!)}` : cell };
    }
    default:
      return { type: 'value', value: cell };
  }
}
