import { useI18n } from '../../i18n/use-i18n';
import type { Mode } from '../../state/view-state';

/** Positions (issues × parties) or overlap (parties × parties on one issue). */
export function ModeSwitch({ value, onChange }: { value: Mode; onChange: (mode: Mode) => void }) {
  const { t } = useI18n();
  const modes = [
    ['positions', t('matrix.modePositions')],
    ['overlap', t('matrix.modeOverlap')],
  ] as const;
  return (
    <fieldset className="mode-switch">
      <legend>{t('matrix.mode')}</legend>
      {modes.map(([mode, label]) => (
        <label key={mode}>
          <input
            type="radio"
            name="matrix-mode"
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
