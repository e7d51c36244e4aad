import { formatDate, pick, translate, type Lang } from '../../i18n/i18n';
import type { I18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, Reliability } from '../../model/types';
import type { Lanes } from '../../state/view-state';
import { COLOURS, type LegendItem } from '../../export/svg-frame';
import { estimateWidth, truncate } from '../../export/text-fit';
import { fragment, h, type Markup } from '../../export/xml';
import { layoutEvents, type PlacedEvent } from './events-layout';
import type { DayRange } from './timeline-controller';
import {
  AXIS_HEIGHT,
  EVENTS_HEIGHT,
  type PlacedMark,
  type TimelineLayout,
} from './timeline-layout';
import { issueShape, reliabilityShape, shapePath, type Shape } from './mark-shapes';
import { describeEvent, describeMark, tickLabel } from './timeline-text';

const RADIUS = 4.5;
const SHIFT_RADIUS = 6.5;
const HALF_TONE = '#a5bfd1'; // --mark at 45 % over white, as the canvas draws on-record marks

/** Fill by grade, as on screen: official solid, on-record half-tone, reported hollow. */
const FILL: Record<Reliability, string> = {
  official: COLOURS.mark,
  'on-record': HALF_TONE,
  reported: COLOURS.bg,
};

function markShape(shape: Shape, rel: Reliability, r: number): Markup {
  return h('path', {
    d: shapePath(shape, r),
    fill: FILL[rel],
    stroke: COLOURS.mark,
    'stroke-width': 1.5,
  });
}

/** A shift's ring and its ▲ (hardened) or ▼ (softened) glyph, around (0, 0). */
function shiftGlyph(shift: PlacedMark['shift']): Markup | undefined {
  if (shift === 'restated') return undefined;
  const ring = h('circle', {
    r: SHIFT_RADIUS + 2.5,
    fill: 'none',
    stroke: COLOURS.fg,
    'stroke-width': 1,
  });
  if (shift !== 'hardened' && shift !== 'softened') return ring;
  const dir = shift === 'hardened' ? -1 : 1;
  const tip = dir * (SHIFT_RADIUS + 9);
  const base = dir * (SHIFT_RADIUS + 4);
  const colour = shift === 'hardened' ? COLOURS.rejected : COLOURS.accepted;
  return fragment([ring, h('path', { d: `M0,${tip}L-3.5,${base}L3.5,${base}Z`, fill: colour })]);
}

/** Marks that would draw the same look on the same lane pixel are drawn once (as on the canvas). */
function distinct(marks: readonly PlacedMark[]): PlacedMark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = `${m.lane}:${Math.round(m.x)}:${m.shape}:${m.statement.reliability}:${m.shift}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function marksMarkup(layout: TimelineLayout, index: DatasetIndex, i18n: I18n): Markup {
  return h(
    'g',
    { class: 'marks' },
    distinct(layout.marks).map((m) =>
      h(
        'g',
        { class: 'mark', 'data-statement': m.statement.id, transform: `translate(${m.x},${m.y})` },
        h('title', {}, describeMark(m, index, i18n)),
        markShape(m.shape, m.statement.reliability, m.shift === 'restated' ? RADIUS : SHIFT_RADIUS),
        shiftGlyph(m.shift),
      ),
    ),
  );
}

function eventsMarkup(events: readonly PlacedEvent[], i18n: I18n): Markup {
  const mid = AXIS_HEIGHT + EVENTS_HEIGHT / 2;
  const fill = (kind: string) =>
    kind === 'summit' || kind === 'talks'
      ? COLOURS.accent
      : kind === 'military'
        ? COLOURS.rejected
        : COLOURS.muted;
  return h(
    'g',
    { class: 'events' },
    events.map((e) =>
      h(
        'g',
        { class: 'event' },
        h('title', {}, describeEvent(e, i18n)),
        e.x1 > e.x0 + 1
          ? h('rect', {
              x: e.x0,
              y: mid - 4,
              width: e.x1 - e.x0,
              height: 8,
              rx: 2,
              fill: fill(e.kind),
              'fill-opacity': 0.55,
            })
          : h('path', {
              d: `M${e.x0},${mid - 5}l5,5l-5,5l-5,-5Z`,
              fill: fill(e.kind),
              'fill-opacity': 0.55,
            }),
        e.label &&
          h('text', { x: e.x0 + 7, y: mid + 4, 'font-size': 11, fill: COLOURS.fg }, e.label),
      ),
    ),
  );
}

export interface TimelineBodyInput {
  readonly index: DatasetIndex;
  readonly i18n: I18n;
  readonly layout: TimelineLayout;
  readonly window: DayRange;
  readonly lanes: Lanes;
  readonly keys: readonly string[];
  readonly at: IsoDate;
}

function axisMarkup(layout: TimelineLayout, lang: Lang): Markup {
  return h(
    'g',
    { class: 'ticks' },
    layout.ticks.map((tick) =>
      fragment([
        h('line', { x1: tick.x, x2: tick.x, y1: 14, y2: layout.height, stroke: COLOURS.line }),
        tick.x + 36 < layout.width &&
          h(
            'text',
            { x: tick.x + 3, y: 12, 'font-size': 11, fill: COLOURS.muted },
            tickLabel(tick, lang),
          ),
      ]),
    ),
  );
}

function lanesMarkup(input: TimelineBodyInput): Markup {
  const { index, layout, lanes, keys } = input;
  const { lang } = input.i18n;
  const name = (key: string) =>
    pick((lanes === 'issue' ? index.issues.get(key) : index.parties.get(key))?.name, lang);
  return h(
    'g',
    { class: 'lanes' },
    layout.lanes.map((lane, i) =>
      h(
        'g',
        { class: 'lane', 'data-lane': keys[i] },
        h('line', {
          x1: layout.plot.x0,
          x2: layout.plot.x1,
          y1: lane.y,
          y2: lane.y,
          stroke: COLOURS.line,
          'stroke-dasharray': '2 3',
        }),
        h(
          'text',
          { x: 0, y: lane.y + 4, 'font-size': 12, fill: COLOURS.fg },
          truncate(name(keys[i] ?? ''), layout.labels.width - 8, 12),
        ),
      ),
    ),
  );
}

/** The "as of" line with its date, when the date is inside the window. */
function cursorMarkup(layout: TimelineLayout, at: IsoDate, lang: Lang): Markup | undefined {
  const x = layout.xOf(at);
  if (!(x >= layout.plot.x0 - 1 && x <= layout.plot.x1 + 1)) return undefined;
  return h(
    'g',
    { class: 'as-of' },
    h('line', { x1: x, x2: x, y1: 0, y2: layout.height, stroke: COLOURS.focus, 'stroke-width': 2 }),
    h('path', { d: `M${x - 6},0h12l-6,8Z`, fill: COLOURS.focus }),
    h(
      'text',
      {
        x: x > layout.plot.x1 - 120 ? x - 4 : x + 4,
        y: layout.height + 11,
        'text-anchor': x > layout.plot.x1 - 120 ? 'end' : 'start',
        'font-size': 10,
        fill: COLOURS.focus,
      },
      translate(lang, 'export.timeline.asOf', { date: formatDate(at, lang) }),
    ),
  );
}

/** The timeline as SVG markup: ticks, events band, lanes with labels, marks, the "as of" line. */
export function timelineBody(input: TimelineBodyInput): Markup {
  const { layout, i18n, index, window } = input;
  const events = layoutEvents(
    index.dataset.events,
    window,
    layout.scale,
    layout.plot.x1,
    (e) => pick(e.title, i18n.lang),
    (text) => estimateWidth(text, 11),
  );
  return fragment([
    axisMarkup(layout, i18n.lang),
    eventsMarkup(events, i18n),
    lanesMarkup(input),
    marksMarkup(layout, index, i18n),
    cursorMarkup(layout, input.at, i18n.lang),
  ]);
}

/** Fill, ring and glyph meanings, the "as of" line and, in party lanes, which shape is which issue. */
export function timelineLegend(
  index: DatasetIndex,
  issues: readonly string[],
  lanes: Lanes,
  lang: Lang,
): LegendItem[] {
  const at = (m: Markup) => h('g', { transform: 'translate(7,7)' }, m);
  const grades: readonly Reliability[] = ['official', 'on-record', 'reported'];
  const items: LegendItem[] = grades.map((rel) => ({
    swatch: at(markShape(lanes === 'issue' ? reliabilityShape(rel) : 'disc', rel, RADIUS)),
    label: translate(lang, `grade.${rel}`),
  }));
  items.push(
    {
      swatch: at(h('circle', { r: 6, fill: 'none', stroke: COLOURS.fg })),
      label: translate(lang, 'timeline.legend.shift'),
    },
    {
      swatch: at(h('path', { d: 'M0,-5L-4.5,4L4.5,4Z', fill: COLOURS.rejected })),
      label: translate(lang, 'timeline.legend.hardened'),
    },
    {
      swatch: at(h('path', { d: 'M0,5L-4.5,-4L4.5,-4Z', fill: COLOURS.accepted })),
      label: translate(lang, 'timeline.legend.softened'),
    },
    {
      swatch: h('line', { x1: 7, x2: 7, y1: 0, y2: 14, stroke: COLOURS.focus, 'stroke-width': 2 }),
      label: translate(lang, 'controls.asOf'),
    },
  );
  if (lanes === 'party')
    issues.forEach((id, i) =>
      items.push({
        swatch: at(markShape(issueShape(i), 'official', RADIUS)),
        label: pick(index.issues.get(id)?.name, lang),
      }),
    );
  return items;
}
