import { lazy, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { IsoDate } from '../../model/types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import type { Focus, Lanes } from '../../state/view-state';
import { DetailsPanel } from '../../views/details/DetailsPanel';
import { useSettledValue } from '../../ui/use-settled-value';
import { ExploreControls } from './ExploreControls';
import { ExploreMatrix } from './ExploreMatrix';

const DETAILS_ID = 'details';

// Everything below the matrix loads after it, keeping the first load of `/` small.
const Timeline = lazy(() =>
  import('../../views/timeline/Timeline').then((m) => ({ default: m.Timeline })),
);
const ExportMenu = lazy(() =>
  import('../../views/share/ExportMenu').then((m) => ({ default: m.ExportMenu })),
);
const ShareMenu = lazy(() =>
  import('../../views/share/ShareMenu').then((m) => ({ default: m.ShareMenu })),
);
const TourControls = lazy(() =>
  import('../../views/tour/TourControls').then((m) => ({ default: m.TourControls })),
);
const PairView = lazy(() =>
  import('../../views/pair/PairView').then((m) => ({ default: m.PairView })),
);
const CommonGroundPanel = lazy(() =>
  import('../../views/common-ground/CommonGroundPanel').then((m) => ({
    default: m.CommonGroundPanel,
  })),
);

function revealDetails() {
  requestAnimationFrame(() =>
    document.getElementById(DETAILS_ID)?.scrollIntoView?.({
      block: 'start',
      behavior: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches
        ? 'auto'
        : 'smooth',
    }),
  );
}

/** Which parts a route shows: `/` everything, `/matrix` the matrix, `/timeline` the timeline. */
export type ExplorePart = 'all' | 'matrix' | 'timeline';

/** The route a tour step made on each part shows. */
const STEP_ROUTE = { all: '/', matrix: '/matrix', timeline: '/timeline' } as const;

/** `/`: controls, the positions matrix, the timeline and the details of the focused cell. */
export function ExplorePage({ part = 'all' }: { readonly part?: ExplorePart }) {
  const { lang } = useI18n();
  // The title and the controls show at once; the matrix and all below follow in a second,
  // interruptible render, so the page's head paints without waiting for the grid.
  const body = useDeferredValue(true, false);
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  // The changes list already shows both statements of a change, right under the grid.
  const comparing = view.mode === 'positions' && view.compare !== undefined;
  const onSelect = useCallback(
    (focus: Focus) => {
      update({ focus });
      // Below the side-by-side layout the details sit under the matrix: bring them into view.
      if (!comparing && globalThis.matchMedia?.('(max-width: 1199px)').matches) revealDetails();
    },
    [update, comparing],
  );
  const onPair = useCallback((pair: readonly [string, string]) => update({ pair }), [update]);
  // Dragging the cursor makes one history entry: the first move pushes, the rest replace.
  const onSeek = useCallback(
    (at: IsoDate, options?: { readonly replace: boolean }) => update({ at }, options),
    [update],
  );
  const onRange = useCallback(
    (range: { readonly from: IsoDate; readonly to: IsoDate } | undefined) =>
      update({ from: range?.from, to: range?.to }),
    [update],
  );
  // effectiveView builds a fresh range object per state change; the memoised timeline gets a
  // stable one, so an "as of" step does not redraw it.
  const rangeFrom = view.range?.from;
  const rangeTo = view.range?.to;
  const range = useMemo(
    () => (rangeFrom && rangeTo ? { from: rangeFrom, to: rangeTo } : undefined),
    [rangeFrom, rangeTo],
  );
  const onLanes = useCallback((lanes: Lanes) => update({ lanes }), [update]);
  const buildTimelineExport = useCallback(
    () =>
      import('../../views/timeline/timeline-export').then((m) =>
        m.timelineExportFiles({ ...view, index, lang, url: window.location.href }),
      ),
    [index, view, lang],
  );
  const onDate = useCallback(
    (at: IsoDate, options: { replace: boolean }) => update({ at }, options),
    [update],
  );
  const closeDetails = useCallback(() => {
    update({ focus: undefined });
    // Focus returns to the matrix, where the reader came from, instead of falling to the page.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')?.focus(),
    );
  }, [update]);
  const { dataset } = index;
  // The pair view's date line and the common-ground table follow once the date settles; the
  // matrix and the timeline never wait for them.
  const groundAt = useSettledValue(view.at);
  const stepFilter = useMemo(
    () => ({
      parties: new Set(view.parties),
      issues: new Set(view.issues),
      minReliability: view.rel,
    }),
    [view.parties, view.issues, view.rel],
  );

  const onSelectIssue = useCallback(
    (issue: string) => {
      const party = view.focus?.party ?? view.parties[0];
      if (!party) return;
      update({ focus: { party, issue } });
      // The common-ground table sits below the timeline, far from the details: always go there.
      revealDetails();
    },
    [update, view.focus, view.parties],
  );

  const showMatrix = body && part !== 'timeline';
  const showTimeline = body && part !== 'matrix';
  // On `/timeline` the details follow the timeline; elsewhere they sit beside the matrix.
  const main = (
    <div className={view.focus ? 'explore-main has-details' : 'explore-main'}>
      {showMatrix && <ExploreMatrix index={index} view={view} onSelect={onSelect} />}
      <DetailsPanel
        id={DETAILS_ID}
        index={index}
        focus={view.focus}
        at={view.at}
        rel={view.rel}
        onClose={closeDetails}
      />
    </div>
  );
  return (
    <div className="explore">
      <div className="explore-head">
        <h1 className="dataset-title">{pick(dataset.title, lang)}</h1>
        {/* The slots keep the buttons' room while their code loads: nothing below jumps. */}
        <Suspense fallback={<span className="head-slot share-slot" />}>
          <ShareMenu title={pick(dataset.title, lang)} version={dataset.version} at={view.at} />
        </Suspense>
        <Suspense fallback={<span className="head-slot tour-slot" />}>
          <TourControls route={STEP_ROUTE[part]} />
        </Suspense>
      </div>
      <ExploreControls
        index={index}
        view={view}
        stepFilter={stepFilter}
        onDate={onDate}
        update={update}
      />
      {showMatrix && main}
      {showTimeline && (
        <Suspense fallback={null}>
          <Timeline
            index={index}
            parties={view.parties}
            issues={view.issues}
            rel={view.rel}
            at={view.at}
            onSelect={onSelect}
            onSeek={onSeek}
            range={range}
            onRange={onRange}
            lanes={view.lanes}
            onLanes={onLanes}
          />
          <ExportMenu what="timeline" build={buildTimelineExport} />
          <PairView
            index={index}
            parties={view.parties}
            issues={view.issues}
            pair={view.pair}
            at={groundAt}
            rel={view.rel}
            onPair={onPair}
            onSelect={onSelect}
          />
        </Suspense>
      )}
      {body && !showMatrix && main}
      {showMatrix && !comparing && view.mode === 'positions' && (
        <Suspense fallback={null}>
          <CommonGroundPanel
            index={index}
            parties={view.parties}
            issues={view.issues}
            at={groundAt}
            rel={view.rel}
            focusIssue={view.focus?.issue}
            onSelectIssue={onSelectIssue}
          />
        </Suspense>
      )}
    </div>
  );
}
