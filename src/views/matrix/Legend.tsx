import { useI18n } from '../../i18n/use-i18n';
import { OutcomeMark } from './OutcomeMarks';

export function Legend() {
  const { t } = useI18n();
  const items = [
    ['preferred', t('legend.preferred')],
    ['accepted', t('legend.accepted')],
    ['rejected', t('legend.rejected')],
    ['none', t('legend.none')],
  ] as const;
  return (
    <section className="legend" aria-label={t('legend.label')}>
      <ul>
        {items.map(([state, label]) => (
          <li key={state}>
            <OutcomeMark state={state} /> {label}
          </li>
        ))}
        <li>
          <span className="cell-unknown-sample" aria-hidden="true">
            –
          </span>{' '}
          {t('legend.unknown')}
        </li>
      </ul>
    </section>
  );
}
