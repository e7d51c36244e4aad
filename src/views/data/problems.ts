// The messages shown here (a lazily loaded area of the English catalog).
import '../../i18n/en-authoring';
import { formatLocation, type CsvError, type CsvLocation } from '../../data/csv-locate';
import { hintFor } from '../../data/hints';
import { loadError, type LoadError } from '../../data/load-error';
import { translate, type Lang, type MessageKey, type Params } from '../../i18n/i18n';

/**
 * A problem with a chosen file, as the load panel lists it: where (a JSON path, or a CSV file,
 * row and column), what is wrong, how to fix it. Only the key and parameters are kept; the words
 * are made when shown, in the language shown — errors found in a Web Worker, which has no German
 * catalog, are said in German too.
 */
export interface Problem {
  readonly path?: string | undefined;
  readonly cell?: CsvLocation | undefined;
  readonly key: MessageKey;
  readonly params: Params;
}

export const fromLoadError = ({ path, key, params }: LoadError): Problem => ({
  path,
  key,
  params,
});

export const fromCsvError = ({ location, path, key, params }: CsvError): Problem => ({
  cell: location,
  path,
  key,
  params,
});

export const problem = (key: MessageKey, params: Params = {}): Problem => ({ key, params });

export interface ProblemText {
  /** "statements.csv, row 14, column accepts", `$.statements[3].date`, or "The whole file". */
  readonly where: string;
  /** Whether `where` is a JSON path (shown as code). */
  readonly isPath: boolean;
  readonly message: string;
  readonly hint: string | undefined;
}

export function problemText(p: Problem, lang: Lang): ProblemText {
  const cell = p.cell && formatLocation(p.cell, lang);
  const where = p.cell
    ? cell || translate(lang, 'data.load.allFiles')
    : p.path && p.path !== '$'
      ? p.path
      : translate(lang, 'data.load.wholeFile');
  const isPath = !p.cell && p.path !== undefined && p.path !== '$';
  // loadError says a `kind` parameter ("parties") in the message's language.
  const message = loadError('$', p.key, p.params).message[lang] ?? '';
  return { where, isPath, message, hint: hintFor(p)?.[lang] };
}

/** What the chosen files are: one JSON file, CSV sheets, or a mix the panel refuses. */
export function classifyFiles(names: readonly string[]): 'json' | 'csv' | Problem {
  const json = names.filter((n) => /\.json$/i.test(n)).length;
  if (json === 0) return 'csv';
  if (json === names.length) return json === 1 ? 'json' : problem('data.load.manyJson');
  return problem('data.load.mixed');
}
