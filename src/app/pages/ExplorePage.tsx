import { useCallback, useMemo } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { IsoDate } from '../../model/types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import type { Focus } from '../../state/view-state';
import { Legend } from '../../views/matrix/Legend';
import { AsOfControl } from '../../views/controls/AsOfControl';
import { ModeSwitch } from '../../views/controls/ModeSwitch';
import { ReliabilitySelect } from '../../views/controls/ReliabilitySelect';
import { SelectionPicker } from '../../views/controls/SelectionPicker';
import { DetailsPanel } from '../../views/details/DetailsPanel';
import { OverlapMatrix } from '../../views/matrix/OverlapMatrix';
import { PositionsMatrix } from '../../views/matrix/PositionsMatrix';
import { RelationLegend } from '../../views/matrix/RelationLegend';
import { Timeline } from '../../views/timeline/Timeline';

const DETAILS_ID = 'details';

/** `/`: controls, the positions matrix, the timeline and the details of the focused cell. */
export function ExplorePage() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  const onSelect = useCallback(
    (focus: Focus) => {
      update({ focus });
      // Below the side-by-side layout the details sit under the matrix: bring them into view.
      if (globalThis.matchMedia?.('(max-width: 1199px)').matches)
        requestAnimationFrame(() =>
          document.getElementById(DETAILS_ID)?.scrollIntoView({
            block: 'start',
            behavior: globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches
              ? 'auto'
              : 'smooth',
          }),
        );
    },
    [update],
  );
  const onSeek = useCallback((at: IsoDate) => update({ at }), [update]);
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
  const stepFilter = useMemo(
    () => ({
      parties: new Set(view.parties),
      issues: new Set(view.issues),
      minReliability: view.rel,
    }),
    [view.parties, view.issues, view.rel],
  );

  return (
    <div className="explore">
      <h1 className="dataset-title">{pick(dataset.title, lang)}</h1>
      <section className="controls" aria-label={t('controls.label')}>
        <AsOfControl index={index} at={view.at} filter={stepFilter} onChange={onDate} />
        <SelectionPicker
          legend={t('controls.parties')}
          options={dataset.parties.map((p) => ({ id: p.id, label: pick(p.name, lang) }))}
          selected={view.parties}
          onChange={(parties) => update({ parties })}
        />
        <SelectionPicker
          legend={t('controls.issues')}
          options={dataset.issues.map((i) => ({ id: i.id, label: pick(i.name, lang) }))}
          selected={view.issues}
          onChange={(issues) => update({ issues })}
        />
        <ReliabilitySelect value={view.rel} onChange={(rel) => update({ rel })} />
        <ModeSwitch value={view.mode} onChange={(mode) => update({ mode })} />
        {view.mode === 'overlap' && (
          <label className="overlap-issue">
            <span>{t('matrix.overlapIssue')}</span>
            <select
              disabled={view.parties.length === 0}
              value={view.overlapIssue ?? ''}
              onChange={(e) =>
                update({
                  focus: {
                    party: view.focus?.party ?? view.parties[0]!,
                    issue: e.target.value,
                  },
                })
              }
            >
              {dataset.issues.map((i) => (
                <option key={i.id} value={i.id}>
                  {pick(i.name, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>
      <div className={view.focus ? 'explore-main has-details' : 'explore-main'}>
        <div className="explore-matrix">
          {view.mode === 'overlap' && view.overlapIssue ? (
            <OverlapMatrix
              index={index}
              parties={view.parties}
              issue={view.overlapIssue}
              at={view.at}
              rel={view.rel}
              onSelect={onSelect}
            />
          ) : (
            <PositionsMatrix
              index={index}
              parties={view.parties}
              issues={view.issues}
              at={view.at}
              rel={view.rel}
              focus={view.focus}
              onSelect={onSelect}
            />
          )}
          {view.mode === 'overlap' ? <RelationLegend /> : <Legend />}
        </div>
        <DetailsPanel
          id={DETAILS_ID}
          index={index}
          focus={view.focus}
          at={view.at}
          rel={view.rel}
          onClose={closeDetails}
        />
      </div>
      <Timeline
        index={index}
        parties={view.parties}
        issues={view.issues}
        rel={view.rel}
        at={view.at}
        onSelect={onSelect}
        onSeek={onSeek}
      />
    </div>
  );
}
