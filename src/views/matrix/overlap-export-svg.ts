import { translate, type Lang } from '../../i18n/i18n';
import { COLOURS, type LegendItem } from '../../export/svg-frame';
import { wrap } from '../../export/text-fit';
import { fragment, h } from '../../export/xml';
import { BOLD, lines } from './matrix-export-svg';
import { RELATION_SYMBOL } from './relation-text';
import type { OverlapGrid } from './overlap-grid';

const O = { head: 150, col: 100, top: 44, row: 48 } as const;

/** Fill and border of an overlap cell, keyed by relation kind (symbols carry the kind too). */
const RELATION_LOOK: Record<string, Record<string, string>> = {
  agree: { fill: '#bccfdc', stroke: COLOURS.line },
  overlap: { fill: '#e4ecf1', stroke: COLOURS.line },
  conflict: { fill: 'url(#stripes)', stroke: COLOURS.rejected },
  unknown: { fill: COLOURS.panel, stroke: COLOURS.muted, 'stroke-dasharray': '3 2' },
  self: { fill: COLOURS.panel, stroke: COLOURS.line },
};

/** The relation kind a cell model draws (its class names carry it: `relation-<kind>`). */
export function cellKind(className: string): string {
  return /relation-(agree|overlap|conflict|unknown|self)\b/.exec(className)?.[1] ?? 'unknown';
}

/** The kinds with their symbols; a single issue also explains the distance number. */
export function relationLegend(lang: Lang, summed: boolean): LegendItem[] {
  const kinds = (['agree', 'overlap', 'conflict', 'unknown'] as const).map((kind) => ({
    swatch: fragment([
      h('rect', { width: 14, height: 14, ...RELATION_LOOK[kind] }),
      h(
        'text',
        {
          x: 7,
          y: 11,
          'text-anchor': 'middle',
          'font-size': 10,
          'font-weight': 700,
          fill: COLOURS.fg,
        },
        RELATION_SYMBOL[kind],
      ),
    ]),
    label: translate(lang, `relation.short.${kind}`),
  }));
  if (summed) return kinds;
  const note = h(
    'text',
    { x: 7, y: 11, 'text-anchor': 'middle', 'font-size': 10, fill: COLOURS.fg },
    '2',
  );
  return [...kinds, { swatch: note, label: translate(lang, 'relation.distanceNote') }];
}

/** Parties × parties as ordered by the grid; one cell group per visible cell. */
export function overlapBody(grid: OverlapGrid) {
  const heads = grid.columns.map((p, c) =>
    lines(wrap(p.name, O.col - 10, 12 * BOLD, 2), O.head + c * O.col + (O.col - 6) / 2, 16, {
      'text-anchor': 'middle',
      'font-size': 12,
      'font-weight': 700,
      fill: COLOURS.fg,
    }),
  );
  const body = grid.rows.map((row, r) => {
    const y = O.top + r * O.row;
    return h(
      'g',
      { class: 'row', 'data-party': row.party },
      lines(wrap(row.name, O.head - 12, 12 * BOLD, 2), 0, y + 18, {
        'font-size': 12,
        'font-weight': 700,
        fill: COLOURS.fg,
      }),
      row.cells.map((cell, c) => {
        const x = O.head + c * O.col;
        const w = O.col - 6;
        return h(
          'g',
          { class: 'cell', 'data-party': row.party, 'data-column': cell.column },
          h('title', {}, cell.label),
          h('rect', {
            x,
            y,
            width: w,
            height: O.row - 6,
            rx: 3,
            ...RELATION_LOOK[cellKind(cell.className)],
          }),
          h(
            'text',
            {
              x: x + w / 2,
              y: y + 17,
              'text-anchor': 'middle',
              'font-size': 13,
              'font-weight': 700,
              fill: COLOURS.fg,
            },
            cell.self ? '—' : cell.symbol,
          ),
          cell.headline &&
            !cell.self &&
            h(
              'text',
              {
                x: x + w / 2,
                y: y + 33,
                'text-anchor': 'middle',
                'font-size': 10,
                fill: COLOURS.fg,
              },
              cell.headline,
            ),
        );
      }),
    );
  });
  return {
    markup: fragment([h('g', { class: 'column-heads' }, heads.flat()), ...body]),
    width: O.head + grid.columns.length * O.col,
    height: O.top + grid.rows.length * O.row,
  };
}
