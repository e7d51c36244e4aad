import { lazy, Suspense, useCallback } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import type { Focus } from '../../state/view-state';
import { Legend } from '../../views/matrix/Legend';
import { OverlapMatrix } from '../../views/matrix/OverlapMatrix';
import { PositionsMatrix } from '../../views/matrix/PositionsMatrix';
import { RelationLegend } from '../../views/matrix/RelationLegend';
import { useViewSummaryText, ViewSummary } from '../../views/matrix/ViewSummary';
import { EmbedFrame } from './EmbedFrame';

const CompareView = lazy(() =>
  import('../../views/compare/CompareView').then((m) => ({ default: m.CompareView })),
);

/** `/embed/matrix`: the positions or overlap matrix (per `mode`), its legend and summary. */
export function EmbedMatrix() {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  // Selecting a cell marks it and carries it into the "Open in Common Ground" link.
  const onSelect = useCallback((focus: Focus) => update({ focus }), [update]);
  const comparing = view.mode === 'positions' && view.compare !== undefined;
  const { parties, issues, rel, focus, at } = view;
  const summary = useViewSummaryText({
    index,
    mode: comparing ? 'compare' : view.mode,
    parties,
    issues,
    overlapIssue: view.overlapSummed ? undefined : view.overlapIssue,
    at,
    compare: view.compare,
    rel,
  });
  const shared = { index, parties, at, rel, onSelect };
  return (
    <EmbedFrame
      index={index}
      view={view}
      compare={comparing ? view.compare : undefined}
      sourcesUntil={at}
    >
      {view.mode === 'overlap' ? (
        <OverlapMatrix
          {...shared}
          issue={view.overlapIssue}
          issues={issues}
          summed={view.overlapSummed}
          order={view.order}
        />
      ) : comparing ? (
        <Suspense fallback={<p className="empty">{t('loading.view')}</p>}>
          <CompareView {...shared} issues={issues} compare={view.compare!} focus={focus} />
        </Suspense>
      ) : (
        <PositionsMatrix {...shared} issues={issues} focus={focus} />
      )}
      {view.mode === 'overlap' ? <RelationLegend /> : !comparing && <Legend />}
      <ViewSummary text={summary} />
    </EmbedFrame>
  );
}
