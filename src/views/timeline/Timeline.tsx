import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { fromDayNumber } from '../../model/dates';
import { passes } from '../../model/reliability';
import type { IsoDate, Reliability } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import type { Focus } from '../../state/view-state';
import { useColourScheme } from '../../ui/use-colour-scheme';
import { useParentWidth } from '../../ui/use-parent-size';
import { drawMarks } from './draw-marks';
import { layoutTimeline } from './timeline-layout';

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
  readonly onSeek: (at: IsoDate) => void;
}

/** Statements by party over time, marks on a canvas; one tab stop steps through them in time order. */
export const Timeline = memo(function Timeline({
  index,
  parties,
  issues,
  rel,
  at,
  onSelect,
  onSeek,
}: TimelineProps) {
  const { t, lang } = useI18n();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const canvas = useRef<HTMLCanvasElement>(null);
  // The active statement is kept by id, so a filter change never moves it to another statement.
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const scheme = useColourScheme();
  const layout = useMemo(
    () =>
      layoutTimeline(
        index.statementsByDate,
        parties,
        issues,
        rel,
        datasetBounds(index),
        width,
        passes,
      ),
    [index, parties, issues, rel, width],
  );

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const style = getComputedStyle(el);
    drawMarks(el, layout.width, layout.height, layout.marks, {
      mark: style.getPropertyValue('--mark').trim() || '#1f5f8b',
      background: style.getPropertyValue('--bg').trim() || '#fff',
    });
  }, [layout, scheme]);

  const current =
    activeId === undefined ? undefined : layout.marks.find((m) => m.statement.id === activeId);
  const active = current ? layout.marks.indexOf(current) : undefined;
  const setActive = (i: number) => setActiveId(layout.marks[i]?.statement.id);
  const describe = (i: number) => {
    const s = layout.marks[i]?.statement;
    if (!s) return '';
    return `${t('timeline.statement', { party: pick(index.parties.get(s.party)?.name, lang), date: formatDate(s.date, lang), issue: pick(index.issues.get(s.issue)?.name, lang) })} — ${pick(s.summary, lang)}`;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const last = layout.marks.length - 1;
    if (last < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
    };
    let next: number | undefined;
    if (e.key in moves) next = Math.max(0, Math.min(last, (active ?? -1) + (moves[e.key] ?? 0)));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      onSelect({ party: current.statement.party, issue: current.statement.issue });
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const hit = layout.marks.findIndex((m) => Math.abs(m.x - px) <= 6 && Math.abs(m.y - py) <= 8);
    const mark = layout.marks[hit];
    if (mark) {
      setActive(hit);
      onSelect({ party: mark.statement.party, issue: mark.statement.issue });
    } else if (px >= layout.labels.width) onSeek(fromDayNumber(layout.dayAt(px)));
  };

  const cursorX = layout.xOf(at);
  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <p className="visually-hidden">{t('timeline.description')}</p>
      <div ref={ref} className="timeline-body">
        {/* Pointer shortcut only: the same actions are on the keyboard through the focusable list below. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
        <div className="timeline-plot" style={{ height: layout.height }} onClick={onClick}>
          <canvas
            ref={canvas}
            style={{ width: layout.width, height: layout.height }}
            aria-hidden="true"
          />
          <svg width={layout.width} height={layout.height} aria-hidden="true">
            {layout.ticks.map((tick) => (
              <g key={tick.year}>
                <line className="tick" x1={tick.x} x2={tick.x} y1={14} y2={layout.height} />
                {tick.x + 36 < layout.width && (
                  <text className="tick-label" x={tick.x + 3} y={12}>
                    {tick.year}
                  </text>
                )}
              </g>
            ))}
            {layout.lanes.map((lane) => (
              <text key={lane.party} className="lane-label" x={4} y={lane.y + 4}>
                {shorten(pick(index.parties.get(lane.party)?.name, lang), layout.labels.chars)}
              </text>
            ))}
            <line className="cursor" x1={cursorX} x2={cursorX} y1={0} y2={layout.height} />
            {current && <circle className="mark-active" cx={current.x} cy={current.y} r={9} />}
          </svg>
        </div>
      </div>
      <div
        className="timeline-keys"
        tabIndex={0}
        role="slider"
        aria-label={t('timeline.keys')}
        aria-valuemin={0}
        aria-valuemax={layout.marks.length}
        aria-valuenow={current ? (active ?? 0) + 1 : 0}
        aria-valuetext={current ? describe(active ?? 0) : t('timeline.keysHint')}
        onKeyDown={onKeyDown}
      >
        {current ? describe(active ?? 0) : t('timeline.keysHint')}
      </div>
      <ul className="timeline-legend" aria-label={t('legend.label')}>
        <li>
          <span aria-hidden="true">■</span> {t('grade.official')}
        </li>
        <li>
          <span aria-hidden="true">●</span> {t('grade.on-record')}
        </li>
        <li>
          <span aria-hidden="true">○</span> {t('grade.reported')}
        </li>
      </ul>
    </section>
  );
});
