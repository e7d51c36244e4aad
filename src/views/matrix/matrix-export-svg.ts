import { pick, translate, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { OutcomeState, PositionCell, PositionsRow } from '../../model/matrix';
import { COLOURS, type LegendItem } from '../../export/svg-frame';
import { wrap } from '../../export/text-fit';
import { fragment, h, type Markup } from '../../export/xml';
import { describePosition, headline } from './cell-text';

/** Shared patterns: red-line hatching and the conflict stripes. */
export const MATRIX_DEFS: Markup = fragment([
  h(
    'pattern',
    {
      id: 'hatch',
      width: 4,
      height: 4,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    h('rect', { width: 2, height: 4, fill: COLOURS.rejected }),
  ),
  h(
    'pattern',
    {
      id: 'stripes',
      width: 12,
      height: 12,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    h('rect', { width: 12, height: 12, fill: COLOURS.bg }),
    h('rect', { width: 6, height: 12, fill: '#f4e1e0' }),
  ),
]);

const MARK = 10;
/** Bold text is wider than the estimate for regular text. */
export const BOLD = 1.1;
const MARK_GAP = 4;

/** One outcome mark at (x, y): shape and pattern carry the state, as in the app's cells. */
function outcomeMark(state: OutcomeState, x: number, y: number): Markup {
  const box = { x, y, width: MARK, height: MARK, rx: 2 };
  switch (state) {
    case 'preferred': {
      // A disc in a ring, as on screen: the one mark that is round.
      const c = { cx: x + MARK / 2, cy: y + MARK / 2 };
      return fragment([
        h('circle', { ...c, r: MARK / 2, fill: COLOURS.preferred }),
        h('circle', {
          ...c,
          r: MARK / 2 + 2.75,
          fill: 'none',
          stroke: COLOURS.preferred,
          'stroke-width': 1.5,
        }),
      ]);
    }
    case 'accepted':
      return h('rect', {
        ...box,
        fill: COLOURS.accepted,
        stroke: COLOURS.accepted,
        'stroke-width': 1.5,
      });
    case 'rejected':
      return h('rect', {
        ...box,
        fill: 'url(#hatch)',
        stroke: COLOURS.rejected,
        'stroke-width': 1.5,
      });
    case 'none':
      return h('rect', { ...box, fill: COLOURS.bg, stroke: COLOURS.muted, 'stroke-width': 1.5 });
  }
}

/** The swatch of the "no statement" legend entry and of an unknown cell. */
function unknownBox(x: number, y: number, w: number, hgt: number): Markup {
  return h('rect', {
    x,
    y,
    width: w,
    height: hgt,
    fill: COLOURS.panel,
    stroke: COLOURS.muted,
    'stroke-dasharray': '3 2',
  });
}

export function positionsLegend(lang: Lang): LegendItem[] {
  const states: readonly OutcomeState[] = ['preferred', 'accepted', 'rejected', 'none'];
  return [
    ...states.map((state) => ({
      swatch: outcomeMark(state, 2, 2),
      label: translate(lang, `legend.${state}`),
    })),
    {
      swatch: fragment([
        unknownBox(0, 0, 14, 14),
        h(
          'text',
          { x: 7, y: 11, 'text-anchor': 'middle', 'font-size': 11, fill: COLOURS.muted },
          '–',
        ),
      ]),
      label: translate(lang, 'legend.unknown'),
    },
  ];
}

const P = { head: 170, col: 124, top: 44, row: 58 } as const;

/** Lines of text one under the other, 14 px apart. */
export function lines(
  text: readonly string[],
  x: number,
  y: number,
  attrs: Record<string, string | number>,
) {
  return text.map((line, i) => h('text', { x, y: y + i * 14, ...attrs }, line));
}

function positionCell(
  cell: PositionCell,
  row: PositionsRow,
  x: number,
  y: number,
  cx: { lang: Lang; party: string },
) {
  const { lang } = cx;
  const { issue } = row;
  const w = P.col - 6;
  const hgt = P.row - 6;
  const label = translate(lang, 'cell.label', {
    party: cx.party,
    issue: pick(issue.name, lang),
    summary: describePosition(cell.position, issue, lang),
  });
  const known = cell.position.kind === 'known';
  const marksWidth = cell.outcomes.length * (MARK + MARK_GAP) - MARK_GAP;
  const mx = x + (w - marksWidth) / 2;
  const text = wrap(headline(cell.position, issue, lang), w - 8, 11, 2);
  return h(
    'g',
    { class: 'cell', 'data-party': cell.party, 'data-issue': issue.id },
    h('title', {}, label),
    known
      ? h('rect', { x, y, width: w, height: hgt, rx: 3, fill: COLOURS.bg, stroke: COLOURS.line })
      : unknownBox(x, y, w, hgt),
    known && cell.outcomes.map((o, i) => outcomeMark(o.state, mx + i * (MARK + MARK_GAP), y + 7)),
    lines(text, x + w / 2, known ? y + 33 : y + 27, {
      'text-anchor': 'middle',
      'font-size': 11,
      fill: known ? COLOURS.fg : COLOURS.muted,
    }),
  );
}

/** Issues × parties: column heads, row heads and one cell group per visible cell. */
export function positionsBody(
  index: DatasetIndex,
  rows: readonly PositionsRow[],
  parties: readonly string[],
  lang: Lang,
) {
  const name = (id: string) => pick(index.parties.get(id)?.name, lang);
  const heads = parties.map((p, c) =>
    lines(wrap(name(p), P.col - 10, 12 * BOLD, 2), P.head + c * P.col + (P.col - 6) / 2, 16, {
      'text-anchor': 'middle',
      'font-size': 12,
      'font-weight': 700,
      fill: COLOURS.fg,
    }),
  );
  const body = rows.map((row, r) => {
    const y = P.top + r * P.row;
    return h(
      'g',
      { class: 'row', 'data-issue': row.issue.id },
      lines(wrap(pick(row.issue.name, lang), P.head - 12, 12 * BOLD, 3), 0, y + 16, {
        'font-size': 12,
        'font-weight': 700,
        fill: COLOURS.fg,
      }),
      row.cells.map((cell, c) =>
        positionCell(cell, row, P.head + c * P.col, y, { lang, party: name(cell.party) }),
      ),
    );
  });
  return {
    markup: fragment([h('g', { class: 'column-heads' }, heads.flat()), ...body]),
    width: P.head + parties.length * P.col,
    height: P.top + rows.length * P.row,
  };
}
