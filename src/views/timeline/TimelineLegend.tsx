import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Reliability } from '../../model/types';
import type { Lanes } from '../../state/view-state';
import { issueShape, reliabilityShape, shapePath, type Shape } from './mark-shapes';

const Icon = ({
  shape,
  fill,
}: {
  readonly shape: Shape;
  readonly fill: 'solid' | 'half' | 'none';
}) => (
  <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" className={`icon-${fill}`}>
    <path d={shapePath(shape, 4.5)} />
  </svg>
);

const GRADES: readonly [Reliability, 'solid' | 'half' | 'none'][] = [
  ['official', 'solid'],
  ['on-record', 'half'],
  ['reported', 'none'],
];

/** What shape, fill and ring mean; in party lanes also which shape is which issue. */
export function TimelineLegend({
  index,
  issues,
  lanes,
  crowded = false,
}: {
  readonly index: DatasetIndex;
  readonly issues: readonly string[];
  readonly lanes: Lanes;
  /** Zoomed out over many statements: the lanes show counts, not single marks. */
  readonly crowded?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="timeline-legend-box">
      {crowded && (
        <p className="timeline-crowded">
          <span className="density-swatch" aria-hidden="true" /> {t('timeline.legend.crowded')}
        </p>
      )}
      <ul className="timeline-legend" aria-label={t('legend.label')}>
        {GRADES.map(([rel, fill]) => (
          <li key={rel}>
            <Icon shape={lanes === 'issue' ? reliabilityShape(rel) : 'disc'} fill={fill} />{' '}
            {t(`grade.${rel}`)}
          </li>
        ))}
        <li>{t('timeline.legend.shift')}</li>
        <li>{t('timeline.legend.hardened')}</li>
        <li>{t('timeline.legend.softened')}</li>
      </ul>
      {lanes === 'party' && (
        <ul className="timeline-legend" aria-label={t('timeline.legend.issues')}>
          {issues.map((id, i) => (
            <li key={id}>
              <Icon shape={issueShape(i)} fill="solid" /> {pick(index.issues.get(id)?.name, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
