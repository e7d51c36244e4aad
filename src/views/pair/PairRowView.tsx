import { memo, type KeyboardEvent } from 'react';
import type { PairSegment } from '../../model/pair-history';
import { BAND_HEIGHT, SYMBOL_MIN_WIDTH } from './pair-layout';
import type { PairLayout, PairRow, SegmentRef } from './pair-layout';
import { PAIR_SYMBOL } from './pair-text';

const INSET = 3;

export interface PairRowViewProps {
  readonly row: PairRow;
  readonly rowIndex: number;
  readonly name: string;
  readonly layout: PairLayout;
  /** The column in the tab order when it is in this row, else -1. */
  readonly activeCol: number;
  readonly hatch: string;
  readonly describe: (issue: string, segment: PairSegment) => { label: string; tip: string };
  readonly onActivate: (at: SegmentRef) => void;
  readonly onKey: (event: KeyboardEvent, at: SegmentRef) => void;
}

/** One issue: its name (sticky while the band scrolls sideways) and its segments over time. */
export const PairRowView = memo(function PairRowView({
  row,
  rowIndex,
  name,
  layout,
  activeCol,
  hatch,
  describe,
  onActivate,
  onKey,
}: PairRowViewProps) {
  const inner = BAND_HEIGHT - 2 * INSET;
  return (
    <div className="pair-row">
      <div className="pair-name">{name}</div>
      <svg
        className="pair-band"
        width={layout.width}
        height={BAND_HEIGHT}
        role="group"
        aria-label={name}
      >
        {layout.ticks.map((tick) => (
          <line
            key={tick.year}
            className="pair-grid"
            x1={tick.x}
            x2={tick.x}
            y1={0}
            y2={BAND_HEIGHT}
          />
        ))}
        {row.segments.map(({ x, width, segment }, col) => {
          const { label, tip } = describe(row.issue, segment);
          return (
            <g
              key={segment.start}
              className={`pair-seg pair-seg--${segment.kind}`}
              role="button"
              tabIndex={col === activeCol ? 0 : -1}
              aria-label={label}
              data-row={rowIndex}
              data-col={col}
              onClick={() => onActivate({ row: rowIndex, col })}
              onKeyDown={(event) => onKey(event, { row: rowIndex, col })}
            >
              <title>{tip}</title>
              <rect
                x={x + 0.5}
                y={INSET}
                width={Math.max(1, width - 1)}
                height={inner}
                fill={segment.kind === 'conflict' ? `url(#${hatch})` : undefined}
              />
              {width >= SYMBOL_MIN_WIDTH && (
                <text x={x + width / 2} y={BAND_HEIGHT / 2} aria-hidden="true">
                  {PAIR_SYMBOL[segment.kind]}
                </text>
              )}
            </g>
          );
        })}
        {layout.atX !== undefined && (
          <line className="pair-at" x1={layout.atX} x2={layout.atX} y1={0} y2={BAND_HEIGHT} />
        )}
      </svg>
    </div>
  );
});
