import type { Dataset } from '../model/types';
import { writeCsv, type CsvWriteOptions } from './csv';
import { SHEETS, type FieldSpec, type SheetSpec } from './csv-sheets';

/**
 * A dataset → the CSV bundle (`file name → CSV text`), the inverse of `convertCsvBundle`: to give
 * authors a bundled dataset or the template as sheets to edit. Every language of the dataset gets
 * its text columns, used or not; optional sheets are written when they have rows. The text is
 * written as it is: a cell starting with `=` stays data here, but a spreadsheet may read it as a
 * formula — open files from others with care.
 */
export function datasetToCsvBundle(
  d: Dataset,
  options: CsvWriteOptions = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of SHEETS) {
    const rows = spec.name === 'dataset' ? settingsRows(spec, d) : sheetRows(spec, d);
    if (rows) files[`${spec.name}.csv`] = writeCsv(rows, options);
  }
  return files;
}

interface Row {
  readonly item: unknown;
  readonly parent?: string;
}

function itemsOf(spec: SheetSpec, d: Dataset): Row[] | undefined {
  const of = (list: readonly unknown[] | undefined) => list?.map((item) => ({ item }));
  switch (spec.name) {
    case 'speakers':
      return d.parties.flatMap((p) => p.speakers.map((item) => ({ item, parent: p.id })));
    case 'outcomes':
      return d.issues.flatMap((i) => i.outcomes.map((item) => ({ item, parent: i.id })));
    case 'plan_terms':
      return d.plans.flatMap((p) => p.terms.map((item) => ({ item, parent: p.id })));
    case 'tour':
      return of(d.tour);
    case 'changelog':
      return of(d.changelog);
    default:
      return of((d as unknown as Record<string, readonly unknown[]>)[spec.list]);
  }
}

function sheetRows(spec: SheetSpec, d: Dataset): string[][] | undefined {
  const items = itemsOf(spec, d) ?? [];
  if (items.length === 0 && !spec.required) return undefined;
  const columns = spec.fields.flatMap((field): { field: FieldSpec; lang?: string }[] =>
    field.kind === 'localized'
      ? languagesOf(field, items, d.languages).map((lang) => ({ field, lang }))
      : [{ field }],
  );
  const header = columns.map(({ field, lang }) =>
    lang === undefined ? field.column : `${field.column}_${lang}`,
  );
  const body = items.map(({ item, parent }) => {
    const cells = columns.map(({ field, lang }) => cellOf(field, lang, item));
    return parent === undefined ? cells : [parent, ...cells];
  });
  return [spec.parent ? [spec.parent.column, ...header] : header, ...body];
}

function settingsRows(spec: SheetSpec, d: Dataset): string[][] {
  const rows = [['key', 'value']];
  for (const field of spec.fields) {
    if (field.kind !== 'localized') rows.push([field.column, cellOf(field, undefined, d)]);
    else
      for (const lang of languagesOf(field, [{ item: d }], d.languages))
        rows.push([`${field.column}_${lang}`, cellOf(field, lang, d)]);
  }
  return rows;
}

const at = (item: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (node, part) =>
      node !== null && typeof node === 'object' && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined,
    item,
  );

/** The dataset's languages, then any other language a text of this column is written in. */
function languagesOf(field: FieldSpec, rows: readonly Row[], declared: readonly string[]) {
  const langs = new Set(declared);
  for (const { item } of rows) {
    const text = at(item, field.path);
    if (text && typeof text === 'object') for (const lang of Object.keys(text)) langs.add(lang);
  }
  return [...langs];
}

function cellOf(field: FieldSpec, lang: string | undefined, item: unknown): string {
  const value = at(item, lang === undefined ? field.path : [...field.path, lang]);
  if (Array.isArray(value)) return value.join('|');
  return value === undefined || value === null ? '' : String(value);
}
