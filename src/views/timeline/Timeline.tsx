import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { dayNumber, fromDayNumber } from '../../model/dates';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus, Lanes } from '../../state/view-state';
import { useColourScheme } from '../../ui/use-colour-scheme';
import { markAsOfInput } from '../../ui/perf-marks';
import { useParentWidth } from '../../ui/use-parent-size';
import { AtContext } from './Cursor';
import { Overview } from './Overview';
import { panByShare, zoomAbout, type QuickRange } from './timeline-controller';
import { plotHeight, type PlacedMark } from './timeline-layout';
import { describeMark } from './timeline-text';
import { TimelineKeys } from './TimelineKeys';
import { TimelineLegend } from './TimelineLegend';
import { TimelineList } from './TimelineList';
import { TimelinePlot } from './TimelinePlot';
import { TimelineToolbar } from './TimelineToolbar';
import { hitMark, useMarkHover } from './use-mark-hover';
import { usePlotGestures } from './use-plot-gestures';
import { usePeriod, useTimelineModel } from './use-timeline-model';
import { SETTLE_MS, useTimelineRange, type DateRange } from './use-timeline-range';
import './timeline.css';

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

type BodyProps = Omit<TimelineProps, 'at'> & { readonly atRef: { readonly current: IsoDate } };

/**
 * Lays the timeline out once its width is known: an empty plot of the right height first, then
 * the marks at the measured width (not drawn once at a guess and again at the real width).
 */
const TimelineBody = memo(function TimelineBody(props: BodyProps) {
  const { t } = useI18n();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const laneCount = (props.lanes === 'issue' ? props.issues : props.parties).length;
  return (
    <section className="timeline" aria-label={t('timeline.label')} aria-busy={width === undefined}>
      {width === undefined ? (
        <div ref={ref} className="timeline-body" style={{ height: plotHeight(laneCount) }} />
      ) : (
        <TimelineView {...props} width={width} bodyRef={ref} />
      )}
    </section>
  );
});

type ViewProps = BodyProps & {
  readonly width: number;
  readonly bodyRef: (node: HTMLDivElement | null) => void;
};

function TimelineView({ width, bodyRef: ref, ...props }: ViewProps) {
  const { index, parties, issues, atRef, onSelect, onSeek } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const plot = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const [lanes, setLanes] = useLanes(props.lanes, props.onLanes);
  const { bounds, period } = usePeriod(index);
  const control = useTimelineRange(period, props.range, props.onRange);
  const { view } = control;
  const model = useTimelineModel(
    { index, parties, issues, rel: props.rel, lanes, width, lang, bounds },
    view,
  );
  const { layout } = model;
  // The active statement is kept by id, so a filter change or a pan never moves it to another.
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const active = useMemo(() => {
    const i = layout.marks.findIndex((m) => m.statement.id === activeId);
    return i < 0 ? undefined : i;
  }, [layout, activeId]);
  const describe = useCallback((m: PlacedMark) => describeMark(m, index, i18n), [index, i18n]);
  const open = (m: PlacedMark) => onSelect({ party: m.statement.party, issue: m.statement.issue });

  const onSeekDay = useCallback(
    (day: number, first: boolean) => {
      markAsOfInput();
      onSeek(fromDayNumber(day), { replace: !first });
    },
    [onSeek],
  );
  const gestures = usePlotGestures(plot, layout, period, control, onSeekDay);
  const { hover, ...hovering } = useMarkHover(layout.marks, !model.crowded);
  const handlers = {
    ...gestures.handlers,
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      gestures.handlers.onPointerMove(e);
      hovering.onPointerMove(e);
    },
    onPointerLeave: hovering.onPointerLeave,
  };
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
    const mark = hitMark(layout.marks, px, e.clientY - box.top);
    if (mark) {
      setActiveId(mark.statement.id);
      open(mark);
    } else if (px >= layout.plot.x0)
      onSeek(fromDayNumber(Math.min(period.to, Math.max(period.from, layout.dayAt(px)))));
  };

  const laneNames = useMemo(
    () =>
      (lanes === 'issue' ? issues : parties).map((key) =>
        pick((lanes === 'issue' ? index.issues.get(key) : index.parties.get(key))?.name, lang),
      ),
    [lanes, issues, parties, index, lang],
  );
  const windowText = t('timeline.window', {
    from: formatDate(fromDayNumber(Math.max(period.from, Math.round(view.from))), lang),
    to: formatDate(fromDayNumber(Math.min(period.to, Math.round(view.to))), lang),
  });
  return (
    <>
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
        <TimelinePlot
          plotRef={plot}
          layout={layout}
          laneYs={model.laneYs}
          laneNames={laneNames}
          crowded={model.crowded}
          scheme={scheme}
          events={model.placedEvents}
          active={active === undefined ? undefined : layout.marks[active]}
          onClick={onClick}
          handlers={handlers}
        />
        {hover && (
          <div className="grid-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
            {describe(hover.mark)}
          </div>
        )}
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
      <TimelineLegend index={index} issues={issues} lanes={lanes} crowded={model.crowded} />
      <TimelineList
        marks={layout.marks}
        events={model.events}
        onSelect={onSelect}
        describe={describe}
      />
    </>
  );
}
