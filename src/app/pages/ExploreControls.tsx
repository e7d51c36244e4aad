import { useCallback, useMemo } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate } from '../../model/types';
import type { StepFilter } from '../../model/stepping';
import type { EffectiveView } from '../../state/effective';
import { datasetBounds } from '../../state/effective';
import type { ViewState } from '../../state/view-state';
import { AsOfControl } from '../../views/controls/AsOfControl';
import { CompareControl } from '../../views/controls/CompareControl';
import { ModeSwitch } from '../../views/controls/ModeSwitch';
import { PlayControl } from '../../views/controls/PlayControl';
import { OverlapControls } from '../../views/controls/OverlapControls';
import { ReliabilitySelect } from '../../views/controls/ReliabilitySelect';
import { SelectionPicker } from '../../views/controls/SelectionPicker';

export interface ExploreControlsProps {
  readonly index: DatasetIndex;
  readonly view: EffectiveView;
  readonly stepFilter: StepFilter;
  readonly onDate: (at: IsoDate, options: { replace: boolean }) => void;
  readonly update: (patch: Partial<ViewState>) => void;
}

/** The explorer's settings: date, selection, reliability, mode and the mode's own options. */
export function ExploreControls({ index, view, stepFilter, onDate, update }: ExploreControlsProps) {
  const { t, lang } = useI18n();
  const { dataset } = index;
  // Stable across "as of" steps, so the memoised pickers do not re-render while scrubbing.
  const partyOptions = useMemo(
    () => dataset.parties.map((p) => ({ id: p.id, label: pick(p.name, lang) })),
    [dataset, lang],
  );
  const issueOptions = useMemo(
    () => dataset.issues.map((i) => ({ id: i.id, label: pick(i.name, lang) })),
    [dataset, lang],
  );
  const onParties = useCallback((parties: readonly string[]) => update({ parties }), [update]);
  const onIssues = useCallback((issues: readonly string[]) => update({ issues }), [update]);
  const label = (ids: readonly string[], of: 'parties' | 'issues') =>
    ids.map((id) => ({ id, label: pick(index[of].get(id)?.name, lang) }));
  const bounds = datasetBounds(index);
  return (
    <section className="controls" aria-label={t('controls.label')}>
      <div className="time-controls">
        <AsOfControl index={index} at={view.at} filter={stepFilter} onChange={onDate} />
        <PlayControl
          index={index}
          at={view.at}
          filter={stepFilter}
          first={bounds.first}
          last={bounds.last}
          onChange={onDate}
        />
      </div>
      <SelectionPicker
        legend={t('controls.parties')}
        options={partyOptions}
        selected={view.parties}
        onChange={onParties}
      />
      <SelectionPicker
        legend={t('controls.issues')}
        options={issueOptions}
        selected={view.issues}
        onChange={onIssues}
      />
      <ReliabilitySelect value={view.rel} onChange={(rel) => update({ rel })} />
      <ModeSwitch value={view.mode} onChange={(mode) => update({ mode })} />
      {view.mode === 'overlap' ? (
        <OverlapControls
          issues={label(view.issues, 'issues')}
          parties={label(view.parties, 'parties')}
          scope={
            view.overlapSummed || view.overlapIssue === undefined
              ? 'all'
              : { issue: view.overlapIssue }
          }
          order={view.order}
          onScope={(overlap) => update({ overlap })}
          onOrder={(order) => update({ order })}
        />
      ) : (
        <CompareControl
          value={view.compare}
          at={view.at}
          first={bounds.first}
          last={bounds.last}
          onChange={(compare) => update({ compare })}
        />
      )}
    </section>
  );
}
