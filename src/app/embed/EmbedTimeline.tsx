import { useCallback, useMemo } from 'react';
import type { IsoDate } from '../../model/types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import type { Focus, Lanes } from '../../state/view-state';
import { Timeline } from '../../views/timeline/Timeline';
import { useViewSummaryText, ViewSummary } from '../../views/matrix/ViewSummary';
import { EmbedFrame } from './EmbedFrame';

/** `/embed/timeline`: the timeline (with its own legend) and the summary as of its cursor. */
export function EmbedTimeline() {
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  const { parties, issues, rel, at } = view;
  const onSelect = useCallback((focus: Focus) => update({ focus }), [update]);
  // While the cursor is dragged (`replace`), the URL is written once the hand rests.
  const onSeek = useCallback(
    (day: IsoDate, options?: { readonly replace: boolean }) => update({ at: day }, options),
    [update],
  );
  const onRange = useCallback(
    (range: { readonly from: IsoDate; readonly to: IsoDate } | undefined) =>
      update({ from: range?.from, to: range?.to }),
    [update],
  );
  const onLanes = useCallback((lanes: Lanes) => update({ lanes }), [update]);
  // A stable range object, so a date step does not redraw the timeline (as on `/`).
  const from = view.range?.from;
  const to = view.range?.to;
  const range = useMemo(() => (from && to ? { from, to } : undefined), [from, to]);
  const summary = useViewSummaryText({
    index,
    mode: 'positions',
    parties,
    issues,
    overlapIssue: undefined,
    at,
    compare: undefined,
    rel,
  });
  return (
    <EmbedFrame index={index} view={view} sourcesUntil={undefined}>
      <Timeline
        index={index}
        parties={parties}
        issues={issues}
        rel={rel}
        at={at}
        onSelect={onSelect}
        onSeek={onSeek}
        range={range}
        onRange={onRange}
        lanes={view.lanes}
        onLanes={onLanes}
      />
      <ViewSummary text={summary} />
    </EmbedFrame>
  );
}
