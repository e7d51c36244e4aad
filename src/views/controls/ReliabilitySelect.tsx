import { useI18n } from '../../i18n/use-i18n';
import { RELIABILITY_ORDER, type Reliability } from '../../model/types';

export function ReliabilitySelect({
  value,
  onChange,
}: {
  value: Reliability;
  onChange: (rel: Reliability) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="reliability-select">
      <span>{t('controls.reliability')}</span>
      <select
        value={value}
        onChange={(e) => {
          const rel = RELIABILITY_ORDER.find((r) => r === e.target.value);
          if (rel) onChange(rel);
        }}
      >
        {RELIABILITY_ORDER.map((r) => (
          <option key={r} value={r}>
            {t(`reliability.${r}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
