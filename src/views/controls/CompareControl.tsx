import { useId, useState } from 'react';
import { formatDate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { IsoDate } from '../../model/types';
import { defaultCompare, monthsEarlier, parseCompareInput } from './compare-choices';
import './compare-control.css';

export interface CompareControlProps {
  /** The comparison date; `undefined` when not comparing. */
  readonly value: IsoDate | undefined;
  /** The "as of" date: the quick choices count back from it. */
  readonly at: IsoDate;
  /** The dataset's first and last day (`datasetBounds`): the input accepts only days between. */
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly onChange: (value: IsoDate | undefined) => void;
}

const QUICK = [
  ['compare.monthEarlier', 1],
  ['compare.yearEarlier', 12],
] as const;

/** "Compare with another date": a checkbox that reveals a date input and quick choices. */
export function CompareControl({ value, at, first, last, onChange }: CompareControlProps) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const hintId = useId();
  // What the reader is typing: a date field reports partial or invalid input as "", and a
  // controlled field would snap back mid-typing, so the draft lives here until it is a valid day.
  const [draft, setDraft] = useState<string>();
  const fallback = defaultCompare(at, first, last);
  return (
    <div className="compare-control">
      <label>
        <input
          type="checkbox"
          checked={value !== undefined}
          disabled={value === undefined && fallback === undefined}
          onChange={(e) => onChange(e.target.checked ? fallback : undefined)}
        />{' '}
        {t('compare.toggle')}
      </label>
      {value !== undefined && (
        <div className="compare-control-body">
          <label htmlFor={inputId}>{t('compare.date')}</label>
          <input
            id={inputId}
            type="date"
            min={first}
            max={last}
            value={draft ?? value}
            aria-describedby={hintId}
            onChange={(e) => {
              setDraft(e.target.value);
              const day = parseCompareInput(e.target.value, first, last);
              if (day !== undefined && day !== value && day !== at) onChange(day);
            }}
            onBlur={() => setDraft(undefined)}
          />
          <div className="compare-control-quick">
            {QUICK.map(([key, months]) => {
              const day = monthsEarlier(at, months, first, last);
              return (
                <button
                  key={key}
                  type="button"
                  disabled={day === undefined}
                  aria-pressed={day !== undefined && day === value}
                  onClick={() => {
                    setDraft(undefined);
                    if (day !== undefined && day !== value) onChange(day);
                  }}
                >
                  {t(key)}
                </button>
              );
            })}
          </div>
          <p id={hintId} className="compare-control-hint">
            {t('compare.hint', { first: formatDate(first, lang), last: formatDate(last, lang) })}
          </p>
        </div>
      )}
    </div>
  );
}
