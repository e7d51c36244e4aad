import { formatDate, pick, translate, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { positionsMatrix, type PositionsRow } from '../../model/matrix';
import { positionAt } from '../../model/position';
import type { IsoDate, Issue, Reliability, Statement } from '../../model/types';
import type { Order } from '../../state/view-state';
import { toCsv } from '../../export/csv';
import { datasetFile } from '../../export/dataset-json';
import { exportBase } from '../../export/filename';
import { distinctSources, statementSourcesText } from '../../export/source-text';
import { frameSvg } from '../../export/svg-frame';
import type { ExportFiles } from '../../export/types';
import { describePosition } from './cell-text';
import { MATRIX_DEFS, positionsBody, positionsLegend } from './matrix-export-svg';
import { cellKind, overlapBody, relationLegend } from './overlap-export-svg';
import { overlapGrid, type OverlapGrid } from './overlap-grid';
import { viewSummaryText } from './summary-text';

/** The matrix as the reader sees it: the same selection, order, date, filter and language. */
export interface MatrixExportInput {
  readonly index: DatasetIndex;
  readonly lang: Lang;
  readonly mode: 'positions' | 'overlap';
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
  /** The issue the overlap matrix compares (ignored when `overlapSummed`). */
  readonly overlapIssue?: string | undefined;
  readonly overlapSummed?: boolean;
  readonly order?: Order | undefined;
  /** The live view's address, for the source line. */
  readonly url: string;
}

/** Outcome labels in scale order, joined by "; " (labels may contain commas and "and"). */
const labels = (issue: Issue, ids: Iterable<string>, lang: Lang) => {
  const set = new Set(ids);
  return issue.outcomes
    .filter((o) => set.has(o.id))
    .map((o) => pick(o.label, lang))
    .join('; ');
};

/** One CSV row per visible cell, row by row as on screen. */
export function positionsCsv(index: DatasetIndex, rows: readonly PositionsRow[], lang: Lang) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const via = t('details.via');
  const header = [
    'party',
    'issue',
    'position',
    'accepted',
    'preferred',
    'redLines',
    'date',
    'reliability',
    'summary',
    'sources',
  ] as const;
  const body = rows.flatMap(({ issue, cells }) =>
    cells.map(({ party, position }) => {
      const known = position.kind === 'known' ? position : undefined;
      const s = known?.statement;
      return [
        pick(index.parties.get(party)?.name, lang),
        pick(issue.name, lang),
        describePosition(position, issue, lang),
        known && labels(issue, known.accepts, lang),
        known?.prefers && labels(issue, [known.prefers], lang),
        known && labels(issue, known.rejects, lang),
        s?.date,
        s && t(`grade.${s.reliability}`),
        s && pick(s.summary, lang),
        s && statementSourcesText(index, s, via),
      ];
    }),
  );
  return toCsv(
    header.map((k) => t(`export.col.${k}`)),
    body,
  );
}

/** One CSV row per visible cell of the overlap matrix, in the grid's order. */
export function overlapCsv(grid: OverlapGrid, issueName: string, lang: Lang) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const header = ['partyA', 'partyB', 'issue', 'relation', 'details'] as const;
  const body = grid.rows.flatMap((row) =>
    row.cells.map((cell) => {
      const kind = cellKind(cell.className);
      const relation = cell.self ? t('relation.self') : t(`relation.short.${kind as 'agree'}`);
      const name = grid.columns.find((c) => c.id === cell.column)?.name;
      return [row.name, name, issueName, relation, cell.self ? '' : cell.tip];
    }),
  );
  return toCsv(
    header.map((k) => t(`export.col.${k}`)),
    body,
  );
}

function asOfLine(caption: string, rel: Reliability, lang: Lang): string {
  if (rel === 'reported') return caption;
  const grade = translate(lang, `reliability.${rel}`);
  return `${caption} ${translate(lang, 'export.reliability', { grade })}`;
}

/** The latest statements behind the cells: what the source line counts and the handout lists. */
function statementsBehind(
  input: MatrixExportInput,
  parties: readonly string[],
  issues: readonly string[],
) {
  const out = new Set<Statement>();
  for (const issue of issues)
    for (const party of parties) {
      const p = positionAt(input.index, party, issue, input.at, input.rel);
      if (p.kind === 'known') out.add(p.statement);
    }
  return [...out].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

interface ViewParts {
  readonly name: string;
  readonly kind: 'matrix' | 'overlap';
  readonly caption: string;
  readonly body: {
    markup: ReturnType<typeof positionsBody>['markup'];
    width: number;
    height: number;
  };
  readonly legend: ReturnType<typeof positionsLegend>;
  readonly csv: string;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
}

function positionsParts(input: MatrixExportInput): ViewParts {
  const { index, lang, at } = input;
  const rows = positionsMatrix(index, input.parties, input.issues, at, input.rel);
  return {
    name: translate(lang, 'matrix.positions'),
    kind: 'matrix',
    caption: translate(lang, 'matrix.caption', { date: formatDate(at, lang) }),
    body: positionsBody(index, rows, input.parties, lang),
    legend: positionsLegend(lang),
    csv: positionsCsv(index, rows, lang),
    parties: input.parties,
    issues: input.issues,
  };
}

function overlapParts(input: MatrixExportInput): ViewParts | undefined {
  const { index, lang } = input;
  const summed = input.overlapSummed ?? false;
  const issue = input.overlapIssue;
  const grid = overlapGrid({ ...input, issue, summed, order: input.order });
  if (!grid) return undefined;
  const issues = summed ? input.issues : [issue!];
  const issueName = summed
    ? translate(lang, 'export.allIssues')
    : pick(index.issues.get(issue!)?.name, lang);
  return {
    name: translate(lang, 'matrix.overlap'),
    kind: 'overlap',
    caption: grid.caption,
    body: overlapBody(grid),
    legend: relationLegend(lang, summed),
    csv: overlapCsv(grid, issueName, lang),
    parties: grid.rows.map((r) => r.party),
    issues,
  };
}

/**
 * Everything the matrix area exports — SVG, CSV, handout content, dataset — built from the model
 * with the same selectors the matrix uses, so the files equal what the reader sees.
 */
export function matrixExportFiles(input: MatrixExportInput): ExportFiles {
  const { index, lang, at } = input;
  const { dataset } = index;
  const parts = (input.mode === 'overlap' && overlapParts(input)) || positionsParts(input);
  const statements = statementsBehind(input, parts.parties, parts.issues);
  const datasetTitle = pick(dataset.title, lang);
  const title = translate(lang, 'export.title', { dataset: datasetTitle, view: parts.name });
  const asOf = asOfLine(parts.caption, input.rel, lang);
  const source = translate(lang, 'export.sourceLine', {
    dataset: datasetTitle,
    version: dataset.version,
    count: statements.length,
    url: input.url,
  });
  const svg = frameSvg({
    lang,
    title,
    asOf,
    body: parts.body.markup,
    bodyWidth: parts.body.width,
    bodyHeight: parts.body.height,
    legend: parts.legend,
    source,
    defs: MATRIX_DEFS,
  });
  const summary = viewSummaryText(
    {
      index,
      mode: input.mode,
      parties: input.parties,
      issues: input.issues,
      overlapIssue: input.overlapSummed ? undefined : input.overlapIssue,
      at,
      compare: undefined,
      rel: input.rel,
    },
    lang,
  );
  return {
    base: exportBase([dataset.id, parts.kind, at]),
    svg,
    csv: parts.csv,
    handout: {
      title,
      asOf,
      summary,
      imageAlt: `${title}. ${asOf}`,
      sources: distinctSources(index, statements),
    },
    dataset: () => datasetFile(dataset),
  };
}
