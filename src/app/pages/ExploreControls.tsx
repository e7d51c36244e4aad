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
