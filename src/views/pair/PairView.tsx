import { memo, useId, useMemo, type CSSProperties } from 'react';
import { formatDate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { pairHistory } from '../../model/pair-history';
import type { IsoDate, Reliability } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import type { Focus } from '../../state/view-state';
import { useParentWidth } from '../../ui/use-parent-size';
import { PairControls } from './PairControls';
import { PairChanges, PairLegend } from './PairParts';
import { PairChart } from './PairChart';
import { layoutPair } from './pair-layout';
import { pairNames } from './pair-text';
import './pair.css';

export interface PairViewProps {
  readonly index: DatasetIndex;
  /** The selected parties, the choice for both selects. */
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  /** The chosen pair; `undefined` shows the first two of `parties`. */
  readonly pair: readonly [string, string] | undefined;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onPair: (pair: readonly [string, string]) => void;
  readonly onSelect: (focus: Focus) => void;
}

/** The pair shown: the chosen one when valid, else the first two selected parties. */
export function resolvePair(
  index: DatasetIndex,
  parties: readonly string[],
  pair: readonly [string, string] | undefined,
): { pair: readonly [string, string]; defaulted: boolean } | undefined {
  if (pair && pair[0] !== pair[1] && pair.every((p) => index.parties.has(p)))
    return { pair, defaulted: false };
  const [a, b] = parties;
  return a !== undefined && b !== undefined ? { pair: [a, b], defaulted: true } : undefined;
}

/**
 * The history of two parties' common ground, issue by issue, over time. Memoised: the explorer
 * re-renders on every "as of" step, and this view only needs its (settled) date line moved.
 */
export const PairView = memo(function PairView(props: PairViewProps) {
  const { t } = useI18n();
  const headingId = useId();
  const resolved = resolvePair(props.index, props.parties, props.pair);
  return (
    <section className="pair-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pair.title')}</h2>
      {resolved ? (
        <PairBody {...props} pair={resolved.pair} defaulted={resolved.defaulted} />
      ) : (
        <p className="pair-message">{t('pair.tooFew')}</p>
      )}
    </section>
  );
});

type BodyProps = PairViewProps & { pair: readonly [string, string]; defaulted: boolean };

function PairBody({
  index,
  parties,
  issues,
  pair,
  defaulted,
  at,
  rel,
  onPair,
  onSelect,
}: BodyProps) {
  const { t, lang } = useI18n();
  const [a, b] = pair;
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const names = useMemo(() => pairNames(index, a, b, lang), [index, a, b, lang]);
  const bounds = useMemo(() => datasetBounds(index), [index]);
  const histories = useMemo(
    () => pairHistory(index, a, b, issues, bounds.first, undefined, rel),
    [index, a, b, issues, bounds.first, rel],
  );
  // The issue names take a fixed column (narrower on phones); the bands get the rest. The chart
  // waits for the measured width.
  const namesWidth = width !== undefined && width < 560 ? 96 : 180;
  const layout = useMemo(
    () => (width === undefined ? undefined : layoutPair(histories, bounds, width - namesWidth, at)),
    [histories, bounds, width, namesWidth, at],
  );
  return (
    <div
      ref={ref}
      className="pair-body"
      style={{ '--pair-names': `${namesWidth}px` } as CSSProperties}
    >
      <p className="pair-intro">{t('pair.intro', { date: formatDate(at, lang) })}</p>
      <PairControls index={index} parties={parties} pair={pair} onPair={onPair} />
      {defaulted && (
        <p className="pair-message">{t('pair.defaulted', { a: names.a, b: names.b })}</p>
      )}
      {issues.length === 0 ? (
        <p className="pair-message">{t('pair.noIssues')}</p>
      ) : (
        <>
          {layout && (
            <PairChart
              index={index}
              layout={layout}
              names={names}
              at={at}
              onSelect={(issue) => onSelect({ party: a, issue })}
            />
          )}
          <PairLegend />
          <PairChanges index={index} histories={histories} names={names} />
        </>
      )}
    </div>
  );
}
