import type { SvgImage } from './svg-raster';
import { estimateWidth, wrap } from './text-fit';
import { h, type Markup } from './xml';

/** System fonts only: an SVG drawn through `<img>` or opened elsewhere cannot load web fonts. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The light theme's colours: exports are for print and articles, so they never follow dark mode. */
export const COLOURS = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#545d68',
  line: '#c9d1d9',
  panel: '#f5f7f9',
  accent: '#0b5cad',
  mark: '#1f5f8b',
  accepted: '#1f5f8b',
  preferred: '#0b3d66',
  rejected: '#b3261e',
  focus: '#c05600',
} as const;

/** A legend entry: a swatch drawn inside the box (0, 0)–(14, 14), and its words. */
export interface LegendItem {
  readonly swatch: Markup;
  readonly label: string;
}

export interface FrameInput {
  readonly lang: string;
  readonly title: string;
  /** The "as of" line under the title. */
  readonly asOf: string;
  /** The view, drawn from (0, 0) to (bodyWidth, bodyHeight). */
  readonly body: Markup;
  readonly bodyWidth: number;
  readonly bodyHeight: number;
  readonly legend: readonly LegendItem[];
  /** Dataset, version and where the sources are. */
  readonly source: string;
  /** Patterns and other shared definitions the body uses. */
  readonly defs?: Markup | undefined;
}

const PAD = 20;
const MIN_WIDTH = 560;

function textLines(
  lines: readonly string[],
  y: number,
  step: number,
  attrs: Record<string, string | number>,
) {
  return lines.map((line, i) => h('text', { x: PAD, y: y + i * step, ...attrs }, line));
}

/** Legend items flowed into rows that fit `width`; returns the markup and its height. */
function legendRows(items: readonly LegendItem[], width: number, top: number) {
  let x = 0;
  let y = 0;
  const placed = items.map((item) => {
    const w = 20 + estimateWidth(item.label, 12) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 22;
    }
    const g = h(
      'g',
      { class: 'legend-item', transform: `translate(${PAD + x},${top + y})` },
      item.swatch,
      h('text', { x: 20, y: 11.5, 'font-size': 12, fill: COLOURS.fg }, item.label),
    );
    x += w;
    return g;
  });
  return { markup: h('g', { class: 'export-legend' }, placed), height: items.length ? y + 22 : 0 };
}

/**
 * A standalone SVG document around a view: title, "as of" line, the view, its legend and the
 * source line, on a white background, in a system font.
 */
export function frameSvg(input: FrameInput): SvgImage {
  const width = Math.ceil(Math.max(MIN_WIDTH, input.bodyWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const title = wrap(input.title, inner, 20, 2);
  const asOf = wrap(input.asOf, inner, 13, 3);
  let y = PAD + 18;
  const titleText = textLines(title, y, 25, {
    'font-size': 20,
    'font-weight': 700,
    fill: COLOURS.fg,
  });
  y += title.length * 25;
  const asOfText = textLines(asOf, y, 18, { 'font-size': 13, fill: COLOURS.muted });
  y += (asOf.length - 1) * 18 + 16;
  const body = h('g', { class: 'export-body', transform: `translate(${PAD},${y})` }, input.body);
  y += input.bodyHeight + 18;
  const legend = legendRows(input.legend, inner, y);
  y += legend.height + 10;
  const source = wrap(input.source, inner, 11, 3);
  const sourceText = textLines(source, y, 15, { 'font-size': 11, fill: COLOURS.muted });
  const height = Math.ceil(y + (source.length - 1) * 15 + PAD);
  const svg = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xml:lang': input.lang,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_STACK,
    },
    h('title', {}, input.title),
    h('desc', {}, input.asOf),
    input.defs && h('defs', {}, input.defs),
    h('rect', { width, height, fill: COLOURS.bg }),
    h('g', { class: 'export-title' }, titleText),
    h('g', { class: 'export-as-of' }, asOfText),
    body,
    legend.markup,
    h('g', { class: 'export-source' }, sourceText),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg.markup}\n`, width, height };
}
