import {
  createContext,
  memo,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { dayNumber, fromDayNumber } from '../../model/dates';
import { passes } from '../../model/reliability';
import type { IsoDate, Reliability } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import type { Focus, Lanes } from '../../state/view-state';
import { useColourScheme } from '../../ui/use-colour-scheme';
import { useParentWidth } from '../../ui/use-parent-size';
import { EventsBand } from './EventsBand';
import { eventsInRange, layoutEvents } from './events-layout';
import { Overview } from './Overview';
import { panByShare, periodOf, zoomAbout, type QuickRange } from './timeline-controller';
import { placeMarks, selectMarks, type PlacedMark } from './timeline-layout';
import { shiftsOf } from './timeline-shifts';
import { describeEvent, describeMark, measureText, tickLabel } from './timeline-text';
import { TimelineCanvas } from './TimelineCanvas';
import { TimelineKeys } from './TimelineKeys';
import { TimelineLegend } from './TimelineLegend';
import { TimelineList } from './TimelineList';
import { TimelineToolbar } from './TimelineToolbar';
import { usePlotGestures } from './use-plot-gestures';
import { SETTLE_MS, useTimelineRange, type DateRange } from './use-timeline-range';
import './timeline.css';

/** Lane labels must not run into the marks; the full name is in the keyboard text and the matrix. */
const shorten = (name: string, chars: number) =>
  name.length > chars ? `${name.slice(0, chars - 1)}…` : name;

export interface TimelineProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly rel: Reliability;
  readonly at: IsoDate;
  readonly onSelect: (focus: Focus) => void;
  /** `replace` is true while the "as of" line is being dragged (after its first move). */
  readonly onSeek: (at: IsoDate, options?: { readonly replace: boolean }) => void;
  /** The visible window (URL `from`/`to`); `undefined` shows the whole period. */
  readonly range?: DateRange | undefined;
  /** Called when a gesture ends or a zoom settles; `undefined` = the whole period. */
  readonly onRange?: ((range: DateRange | undefined) => void) | undefined;
  readonly lanes?: Lanes | undefined;
  readonly onLanes?: ((lanes: Lanes) => void) | undefined;
}

/** Lanes follow the prop when it changes; work locally when nobody stores them. */
function useLanes(prop: Lanes | undefined, onLanes: ((l: Lanes) => void) | undefined) {
  const [lanes, setLanes] = useState<Lanes>(prop ?? 'party');
  const [seen, setSeen] = useState(prop);
  if (seen !== prop) {
    setSeen(prop);
    setLanes(prop ?? 'party');
  }
  const change = (l: Lanes) => {
    setLanes(l);
    onLanes?.(l);
  };
  return [lanes, change] as const;
}

/**
 * Statements over time in swimlanes by party or issue: marks on a canvas, events above, an
 * overview below; zoom, pan, quick ranges, a draggable "as of" line, and a keyboard stepper and a
 * list as the accessible paths.
 */
export function Timeline({ at, ...props }: TimelineProps) {
  // Only the cursor follows "as of": it reads the date from context, so a date step re-renders
  // the cursor and leaves the lanes, events, overview and keyboard path alone.
  const atRef = useRef(at);
  useLayoutEffect(() => {
    atRef.current = at;
  }, [at]);
  return (
    <AtContext.Provider value={at}>
      <TimelineBody {...props} atRef={atRef} />
    </AtContext.Provider>
  );
}

const AtContext = createContext<IsoDate | undefined>(undefined);

/** The "as of" line, the one part of the timeline that moves with the date. */
function Cursor({
  xOf,
  height,
  label,
}: {
  /** The x of a day, or `undefined` when it is outside the visible window. */
  xOf: (at: IsoDate) => number | undefined;
  height: number;
  label: string;
}) {
  const at = useContext(AtContext);
  const x = at === undefined ? undefined : xOf(at);
  if (x === undefined) return null;
  return (
    <g className="cursor-group" data-cursor="">
      <title>{label}</title>
      <rect className="cursor-hit" x={x - 6} y={0} width={12} height={height} />
      <line className="cursor" x1={x} x2={x} y1={0} y2={height} />
      <path className="cursor-knob" d={`M${x - 6},0h12l-6,8Z`} />
    </g>
  );
}

type BodyProps = Omit<TimelineProps, 'at'> & { readonly atRef: { readonly current: IsoDate } };

const TimelineBody = memo(function TimelineBody(props: BodyProps) {
  const { index, parties, issues, rel, atRef, onSelect, onSeek } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const plot = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const [lanes, setLanes] = useLanes(props.lanes, props.onLanes);
  const bounds = useMemo(() => datasetBounds(index), [index]);
  const period = useMemo(() => periodOf(bounds), [bounds]);
  const control = useTimelineRange(period, props.range, props.onRange);
  const { view } = control;
  const selected = useMemo(
    () =>
      selectMarks(index.statementsByDate, parties, issues, rel, passes, {
        lanes,
        shifts: shiftsOf(index, rel),
      }),
    [index, parties, issues, rel, lanes],
  );
  const keys = lanes === 'issue' ? issues : parties;
  const layout = useMemo(
    () => placeMarks(selected, bounds, width, keys.length, view),
    [selected, bounds, width, keys.length, view],
  );
  const events = useMemo(() => eventsInRange(index.dataset.events, view), [index, view]);
  const placedEvents = useMemo(
    () =>
      layoutEvents(
        events,
        view,
        layout.scale,
        layout.plot.x1,
        (e) => pick(e.title, lang),
        measureText,
      ),
    [events, view, layout, lang],
  );
  // The active statement is kept by id, so a filter change or a pan never moves it to another.
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const active = useMemo(() => {
    const i = layout.marks.findIndex((m) => m.statement.id === activeId);
    return i < 0 ? undefined : i;
  }, [layout, activeId]);
  const current = active === undefined ? undefined : layout.marks[active];
  const describe = useCallback((m: PlacedMark) => describeMark(m, index, i18n), [index, i18n]);
  const open = (m: PlacedMark) => onSelect({ party: m.statement.party, issue: m.statement.issue });

  const onSeekDay = useCallback(
    (day: number, first: boolean) => onSeek(fromDayNumber(day), { replace: !first }),
    [onSeek],
  );
  const gestures = usePlotGestures(plot, layout, period, control, onSeekDay);
  const zoom = (factor: number) => {
    const now = control.current();
    const atDay = dayNumber(atRef.current);
    const anchor = atDay >= now.from && atDay <= now.to ? atDay : (now.from + now.to) / 2;
    control.live(zoomAbout(now, factor, anchor, period));
    control.commit(SETTLE_MS);
  };
  const pan = (share: number) => {
    control.live(panByShare(control.current(), share, period));
    control.commit(SETTLE_MS);
  };
  const onQuick = (q: QuickRange) => {
    control.live(q.range ?? period);
    control.commit();
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (gestures.wasDrag()) return;
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const hit = layout.marks.findIndex((m) => Math.abs(m.x - px) <= 6 && Math.abs(m.y - py) <= 8);
    const mark = layout.marks[hit];
    if (mark) {
      setActiveId(mark.statement.id);
      open(mark);
    } else if (px >= layout.plot.x0)
      onSeek(fromDayNumber(Math.min(period.to, Math.max(period.from, layout.dayAt(px)))));
  };

  const laneName = (key: string) =>
    pick((lanes === 'issue' ? index.issues.get(key) : index.parties.get(key))?.name, lang);
  const windowText = t('timeline.window', {
    from: formatDate(fromDayNumber(Math.max(period.from, Math.round(view.from))), lang),
    to: formatDate(fromDayNumber(Math.min(period.to, Math.round(view.to))), lang),
  });
  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <p className="visually-hidden">
        {t('timeline.description')} {t('timeline.zoomHint')}
      </p>
      <TimelineToolbar
        period={period}
        view={view}
        lanes={lanes}
        windowText={windowText}
        onQuick={onQuick}
        onZoom={zoom}
        onLanes={setLanes}
      />
      <div ref={ref} className="timeline-body">
        {/* Pointer shortcut only: the same actions are on the keyboard stepper and in the list below. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
        <div
          ref={plot}
          className="timeline-plot"
          style={{ height: layout.height }}
          onClick={onClick}
          {...gestures.handlers}
        >
          <TimelineCanvas
            width={layout.width}
            height={layout.height}
            marks={layout.marks}
            scheme={scheme}
          />
          <svg width={layout.width} height={layout.height} aria-hidden="true">
            {layout.ticks.map((tick) => (
              <g key={tick.day}>
                <line className="tick" x1={tick.x} x2={tick.x} y1={14} y2={layout.height} />
                {tick.x + 36 < layout.width && (
                  <text className="tick-label" x={tick.x + 3} y={12}>
                    {tickLabel(tick, lang)}
                  </text>
                )}
              </g>
            ))}
            <EventsBand events={placedEvents} label={(e) => describeEvent(e, i18n)} />
            <rect
              className="lane-gutter"
              x={0}
              y={0}
              width={layout.plot.x0}
              height={layout.height}
            />
            {layout.lanes.map((lane, i) => (
              <text key={keys[i]} className="lane-label" x={4} y={lane.y + 4}>
                {shorten(laneName(keys[i] ?? ''), layout.labels.chars)}
              </text>
            ))}
            <Cursor
              xOf={(day) => {
                const x = layout.xOf(day);
                return x >= layout.plot.x0 - 1 && x <= layout.plot.x1 + 1 ? x : undefined;
              }}
              height={layout.height}
              label={t('timeline.cursor')}
            />
            {current && <circle className="mark-active" cx={current.x} cy={current.y} r={9} />}
          </svg>
        </div>
        <Overview
          period={period}
          view={view}
          x0={layout.plot.x0}
          x1={layout.plot.x1}
          width={layout.width}
          control={control}
        />
      </div>
      <TimelineKeys
        marks={layout.marks}
        active={active}
        onActive={(i) => setActiveId(layout.marks[i]?.statement.id)}
        onOpen={open}
        describe={describe}
        keys={{ zoom, pan }}
      />
      <TimelineLegend index={index} issues={issues} lanes={lanes} />
      <TimelineList marks={layout.marks} events={events} onSelect={onSelect} describe={describe} />
    </section>
  );
});
