import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Lanes } from '../../state/view-state';
import { isQuickRange, quickRanges, type DayRange, type QuickRange } from './timeline-controller';

/** Quick ranges, zoom buttons and the lanes switch above the plot. */
export function TimelineToolbar({
  period,
  view,
  lanes,
  windowText,
  onQuick,
  onZoom,
  onLanes,
}: {
  readonly period: DayRange;
  readonly view: DayRange;
  readonly lanes: Lanes;
  readonly windowText: string;
  readonly onQuick: (q: QuickRange) => void;
  readonly onZoom: (factor: number) => void;
  readonly onLanes: (lanes: Lanes) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  const label = (q: QuickRange) =>
    q.kind === 'all'
      ? t('timeline.quick.all')
      : t(q.kind === 'year' ? 'timeline.quick.year' : 'timeline.quick.since', { year: q.year });
  return (
    <div className="timeline-toolbar" role="group" aria-label={t('timeline.controls')}>
      <div className="timeline-quick" role="group" aria-label={t('timeline.quick.label')}>
        {quickRanges(period).map((q) => (
          <button
            key={q.kind === 'all' ? 'all' : `${q.kind}-${q.year}`}
            type="button"
            aria-pressed={isQuickRange(q, view, period)}
            onClick={() => onQuick(q)}
          >
            {label(q)}
          </button>
        ))}
        <button type="button" aria-label={t('timeline.zoomIn')} onClick={() => onZoom(1.5)}>
          +
        </button>
        <button type="button" aria-label={t('timeline.zoomOut')} onClick={() => onZoom(1 / 1.5)}>
          −
        </button>
      </div>
      <fieldset className="timeline-lanes">
        <legend>{t('timeline.lanes.label')}</legend>
        {(['party', 'issue'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={lanes === value}
              onChange={() => onLanes(value)}
            />
            {t(value === 'party' ? 'timeline.lanes.party' : 'timeline.lanes.issue')}
          </label>
        ))}
      </fieldset>
      <p className="timeline-window">{windowText}</p>
    </div>
  );
}
