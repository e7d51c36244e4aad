import { useId } from 'react';
import { formatDate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { dayNumber, fromDayNumber } from '../../model/dates';
import { adjacentStatementDay, type StepFilter } from '../../model/stepping';
import type { IsoDate } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import { markAsOfInput } from '../../ui/perf-marks';

export interface AsOfControlProps {
  readonly index: DatasetIndex;
  readonly at: IsoDate;
  /** The statements the view shows: the step buttons jump between these. */
  readonly filter: StepFilter;
  readonly onChange: (at: IsoDate, options: { replace: boolean }) => void;
}

/** The "As of" slider (one day a step) with buttons that jump to the previous or next statement. */
export function AsOfControl({ index, at, filter, onChange }: AsOfControlProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const { first, last } = datasetBounds(index);
  const previous = adjacentStatementDay(index, at, -1, filter);
  const next = adjacentStatementDay(index, at, 1, filter);
  const label = formatDate(at, lang);
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('controls.asOf')}</label>
      <output htmlFor={id} className="as-of-date">
        {label}
      </output>
      <div className="as-of-row">
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && onChange(previous, { replace: false })}
          aria-label={t('controls.previousStatement')}
        >
          ‹
        </button>
        <input
          id={id}
          type="range"
          min={dayNumber(first)}
          max={dayNumber(last)}
          step={1}
          value={dayNumber(at)}
          aria-valuetext={label}
          onChange={(e) => {
            markAsOfInput();
            onChange(fromDayNumber(Number(e.target.value)), { replace: true });
          }}
        />
        <button
          type="button"
          disabled={!next}
          onClick={() => next && onChange(next, { replace: false })}
          aria-label={t('controls.nextStatement')}
        >
          ›
        </button>
      </div>
      <div className="as-of-range" aria-hidden="true">
        <span>{formatDate(first, lang)}</span>
        <span>{formatDate(last, lang)}</span>
      </div>
    </div>
  );
}
