import { useMemo } from 'react';
import { pick, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { passes } from '../../model/reliability';
import type { IsoDate, Reliability } from '../../model/types';
import { datasetBounds } from '../../state/effective';
import type { Lanes } from '../../state/view-state';
import { isCrowded } from './density';
import { eventsInRange, layoutEvents } from './events-layout';
import { periodOf, type DayRange } from './timeline-controller';
import { placeMarks, selectMarks } from './timeline-layout';
import { shiftsOf } from './timeline-shifts';
import { measureText } from './timeline-text';

export interface TimelineModelInput {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly rel: Reliability;
  readonly lanes: Lanes;
  readonly width: number;
  readonly lang: Lang;
  /** The dataset's first and last day (from `usePeriod`). */
  readonly bounds: { readonly first: IsoDate; readonly last: IsoDate };
}

/** The whole period of the dataset, in days. */
export function usePeriod(index: DatasetIndex) {
  const bounds = useMemo(() => datasetBounds(index), [index]);
  const period = useMemo(() => periodOf(bounds), [bounds]);
  return { bounds, period };
}

/**
 * What the timeline draws for one window: the marks in view, the events band, and whether the
 * marks are too many to draw singly. Selection is memoised apart from the window, so a pan only
 * re-places marks.
 */
export function useTimelineModel(input: TimelineModelInput, view: DayRange) {
  const { index, parties, issues, rel, lanes, width, lang, bounds } = input;
  const selected = useMemo(
    () =>
      selectMarks(index.statementsByDate, parties, issues, rel, passes, {
        lanes,
        shifts: shiftsOf(index, rel),
      }),
    [index, parties, issues, rel, lanes],
  );
  const laneCount = lanes === 'issue' ? issues.length : parties.length;
  const layout = useMemo(
    () => placeMarks(selected, bounds, width, laneCount, view),
    [selected, bounds, width, laneCount, view],
  );
  const laneYs = useMemo(() => layout.lanes.map((l) => l.y), [layout.lanes]);
  const events = useMemo(() => eventsInRange(index.dataset.events, view), [index, view]);
  const placedEvents = useMemo(
    () =>
      layoutEvents(
        events,
        view,
        layout.scale,
        layout.plot.x1,
        (e) => pick(e.title, lang),
        measureText,
      ),
    [events, view, layout, lang],
  );
  const crowded = isCrowded(layout.marks.length, laneCount, layout.plot.x1 - layout.plot.x0);
  return { layout, laneYs, events, placedEvents, crowded };
}
