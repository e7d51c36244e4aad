import { memo, useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';

export interface SelectionPickerProps {
  readonly legend: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly selected: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}

/** A collapsible checkbox list; the selection keeps the options' order. */
/** Memoised: the explorer re-renders its controls on every "as of" step; the lists need not. */
export const SelectionPicker = memo(function SelectionPicker({
  legend,
  options,
  selected,
  onChange,
}: SelectionPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const chosen = new Set(selected);
  const toggle = (optionId: string) =>
    onChange(
      options.map((o) => o.id).filter((o) => (o === optionId ? !chosen.has(o) : chosen.has(o))),
    );
  return (
    <details className="picker">
      <summary>
        {legend}{' '}
        <span className="picker-count">
          ({selected.length}/{options.length})
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        <div className="picker-actions">
          <button type="button" onClick={() => onChange(options.map((o) => o.id))}>
            {t('controls.all')}
          </button>
          <button type="button" onClick={() => onChange([])}>
            {t('controls.none')}
          </button>
        </div>
        <ul>
          {options.map((o) => (
            <li key={o.id}>
              <input
                type="checkbox"
                id={`${id}-${o.id}`}
                checked={chosen.has(o.id)}
                onChange={() => toggle(o.id)}
              />
              <label htmlFor={`${id}-${o.id}`}>{o.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
});
