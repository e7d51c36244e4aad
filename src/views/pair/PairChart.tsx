import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { PairSegment } from '../../model/pair-history';
import type { IsoDate } from '../../model/types';
import { BAND_HEIGHT, moveSegment } from './pair-layout';
import type { PairLayout, SegmentRef } from './pair-layout';
import { PairRowView } from './PairRowView';
import { issueName, segmentDetail, segmentLabel } from './pair-text';
import type { PairNames } from './pair-text';

export interface PairChartProps {
  readonly index: DatasetIndex;
  readonly layout: PairLayout;
  readonly names: PairNames;
  readonly at: IsoDate;
  readonly onSelect: (issue: string) => void;
}

/** Keep the "as of" label inside the chart near either edge. */
function anchorAt({ atX = 0, width }: PairLayout): 'start' | 'middle' | 'end' {
  return atX < 80 ? 'start' : atX > width - 80 ? 'end' : 'middle';
}

/** The "as of" label and year ticks above the bands; also holds the shared hatch pattern. */
function PairAxis({ layout, at, hatch }: { layout: PairLayout; at: IsoDate; hatch: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="pair-row pair-axis" aria-hidden="true">
      <div className="pair-name" />
      <svg width={layout.width} height={BAND_HEIGHT}>
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="pair-hatch-bg" width="6" height="6" />
            <line className="pair-hatch-line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {layout.ticks.map((tick) => (
          <text key={tick.year} className="pair-tick" x={tick.x + 3} y={BAND_HEIGHT - 8}>
            {tick.year}
          </text>
        ))}
        {layout.atX !== undefined && (
          <text className="pair-at-label" x={layout.atX} y={11} textAnchor={anchorAt(layout)}>
            {t('pair.asOf', { date: formatDate(at, lang) })}
          </text>
        )}
      </svg>
    </div>
  );
}

/**
 * Roving focus over the segments: one tab stop (kept on a segment that exists when the rows
 * change), arrows move it (see `moveSegment`), Enter, Space or a click select its issue.
 */
function useSegmentFocus(layout: PairLayout, onSelect: (issue: string) => void) {
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<SegmentRef>({ row: 0, col: 0 });
  const firstRow = layout.rows.findIndex((r) => r.segments.length > 0);
  const activeRow = (layout.rows[active.row]?.segments.length ?? 0) > 0 ? active.row : firstRow;
  const activeCol = Math.min(active.col, (layout.rows[activeRow]?.segments.length ?? 1) - 1);
  const activate = useCallback(
    (ref: SegmentRef) => {
      setActive(ref);
      const issue = layout.rows[ref.row]?.issue;
      if (issue !== undefined) onSelect(issue);
    },
    [layout.rows, onSelect],
  );
  const onKey = useCallback(
    (event: KeyboardEvent, at: SegmentRef) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(at);
        return;
      }
      const next = moveSegment(event.key, at, layout.rows);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      box.current
        ?.querySelector<SVGGElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)
        ?.focus();
    },
    [activate, layout.rows],
  );
  return { box, activeRow, activeCol, activate, onKey };
}

/** Bands of segments, one per issue; one tab stop, arrow keys move between segments. */
export function PairChart({ index, layout, names, at, onSelect }: PairChartProps) {
  const { t, lang } = useI18n();
  const hatch = `pair-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const hintId = useId();
  const { box, activeRow, activeCol, activate, onKey } = useSegmentFocus(layout, onSelect);

  const describe = useCallback(
    (issue: string, segment: PairSegment) => {
      const label = segmentLabel(names, issueName(index, issue, lang), segment);
      const detail = segmentDetail(index, issue, segment, lang);
      return { label, tip: detail ? `${label} — ${detail}` : label };
    },
    [index, names, lang],
  );

  return (
    <div
      className="pair-chart"
      role="group"
      aria-label={t('pair.chart', { a: names.a, b: names.b })}
      aria-describedby={hintId}
      ref={box}
    >
      <p id={hintId} className="pair-hint">
        {t('pair.keysHint')}
      </p>
      <div className="pair-scroll">
        <PairAxis layout={layout} at={at} hatch={hatch} />
        {layout.rows.map((row, i) => (
          <PairRowView
            key={row.issue}
            row={row}
            rowIndex={i}
            name={issueName(index, row.issue, lang)}
            layout={layout}
            activeCol={i === activeRow ? activeCol : -1}
            hatch={hatch}
            describe={describe}
            onActivate={activate}
            onKey={onKey}
          />
        ))}
      </div>
    </div>
  );
}
