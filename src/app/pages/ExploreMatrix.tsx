import { useI18n } from '../../i18n/use-i18n';
import { useSettledValue } from '../../ui/use-settled-value';
import { lazy, Suspense, useCallback } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import type { EffectiveView } from '../../state/effective';
import type { Focus } from '../../state/view-state';
import { Legend } from '../../views/matrix/Legend';
import { OverlapMatrix } from '../../views/matrix/OverlapMatrix';
import { PositionsMatrix } from '../../views/matrix/PositionsMatrix';
import { RelationLegend } from '../../views/matrix/RelationLegend';
import { useViewSummaryText, ViewSummary } from '../../views/matrix/ViewSummary';

// Exporting loads its menu first, then the builders when a format is chosen (see matrix-export).
const ExportMenu = lazy(() =>
  import('../../views/share/ExportMenu').then((m) => ({ default: m.ExportMenu })),
);

// Comparing is a deliberate second step: its code loads when a reader first asks for it.
const CompareView = lazy(() =>
  import('../../views/compare/CompareView').then((m) => ({ default: m.CompareView })),
);

export interface ExploreMatrixProps {
  readonly index: DatasetIndex;
  readonly view: EffectiveView;
  readonly onSelect: (focus: Focus) => void;
}

/** The explorer's centre: the matrix of the current mode, its legend and its plain-language summary. */
export function ExploreMatrix({ index, view, onSelect }: ExploreMatrixProps) {
  const { t, lang } = useI18n();
  const comparing = view.mode === 'positions' && view.compare !== undefined;
  // The summary follows once the date settles (see useSettledValue); the matrix never waits for it.
  const at = useSettledValue(view.at);
  const summary = useViewSummaryText({
    index,
    mode: comparing ? 'compare' : view.mode,
    parties: view.parties,
    issues: view.issues,
    overlapIssue: view.overlapSummed ? undefined : view.overlapIssue,
    at,
    compare: view.compare,
    rel: view.rel,
  });
  const { parties, issues, rel, focus } = view;
  // When comparing, the export holds the positions as of `at`.
  const buildExport = useCallback(
    () =>
      import('../../views/matrix/matrix-export').then((m) =>
        m.matrixExportFiles({ ...view, index, lang, url: window.location.href }),
      ),
    [index, view, lang],
  );
  return (
    <div className="explore-matrix">
      {view.mode === 'overlap' ? (
        <OverlapMatrix
          index={index}
          parties={parties}
          issue={view.overlapIssue}
          issues={issues}
          summed={view.overlapSummed}
          order={view.order}
          at={view.at}
          rel={rel}
          onSelect={onSelect}
        />
      ) : comparing ? (
        <Suspense fallback={<p className="empty">{t('loading.view')}</p>}>
          <CompareView
            index={index}
            parties={parties}
            issues={issues}
            at={view.at}
            compare={view.compare!}
            rel={rel}
            focus={focus}
            onSelect={onSelect}
          />
        </Suspense>
      ) : (
        <PositionsMatrix
          index={index}
          parties={parties}
          issues={issues}
          at={view.at}
          rel={rel}
          focus={focus}
          onSelect={onSelect}
        />
      )}
      {view.mode === 'overlap' ? <RelationLegend /> : !comparing && <Legend />}
      <Suspense fallback={null}>
        <ExportMenu what="matrix" build={buildExport} />
      </Suspense>
      <ViewSummary text={summary} />
    </div>
  );
}
