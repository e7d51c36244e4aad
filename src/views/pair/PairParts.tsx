import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IssueHistory } from '../../model/pair-history';
import type { Relation } from '../../model/relation';
import { changeSentence, PAIR_SYMBOL, pairChanges } from './pair-text';
import type { PairNames } from './pair-text';

const KINDS: readonly Relation['kind'][] = ['agree', 'overlap', 'conflict', 'unknown'];

/** The four kinds with the same swatches, patterns and symbols the chart draws. */
export function PairLegend() {
  const { t } = useI18n();
  const hatch = `pair-legend-hatch-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <ul className="pair-legend" aria-label={t('legend.label')}>
      {KINDS.map((kind) => (
        <li key={kind}>
          <svg
            width="28"
            height="16"
            aria-hidden="true"
            className={`pair-swatch pair-seg--${kind}`}
          >
            {kind === 'conflict' && (
              <defs>
                <pattern
                  id={hatch}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect className="pair-hatch-bg" width="6" height="6" />
                  <line className="pair-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
              </defs>
            )}
            <rect
              x="0.5"
              y="0.5"
              width="27"
              height="15"
              fill={kind === 'conflict' ? `url(#${hatch})` : undefined}
            />
            <text x="14" y="8">
              {PAIR_SYMBOL[kind]}
            </text>
          </svg>
          {t(`pair.legend.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

/** The plain-language history: one sentence per change of kind, oldest first. */
export function PairChanges({
  index,
  histories,
  names,
}: {
  index: DatasetIndex;
  histories: readonly IssueHistory[];
  names: PairNames;
}) {
  const { t } = useI18n();
  const changes = pairChanges(histories);
  return (
    <div className="pair-changes">
      <h3>{t('pair.changes')}</h3>
      {changes.length === 0 ? (
        <p>{t('pair.noChanges', { a: names.a, b: names.b })}</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={`${c.issue}:${c.date}`}>{changeSentence(index, names, c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
