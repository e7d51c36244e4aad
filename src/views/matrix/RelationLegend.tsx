import { useI18n } from '../../i18n/use-i18n';
import type { Relation } from '../../model/relation';
import { RELATION_SYMBOL } from './relation-text';

const KINDS: readonly Relation['kind'][] = ['agree', 'overlap', 'conflict', 'unknown'];

export function RelationLegend() {
  const { t } = useI18n();
  return (
    <section className="legend" aria-label={t('legend.label')}>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`legend-swatch relation relation-${kind}`} aria-hidden="true">
              {RELATION_SYMBOL[kind]}
            </span>{' '}
            {t(`relation.short.${kind}`)}
          </li>
        ))}
        <li>{t('relation.distanceNote')}</li>
      </ul>
    </section>
  );
}
