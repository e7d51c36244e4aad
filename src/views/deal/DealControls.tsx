import '../../i18n/en-deal';
import { useId, useMemo, type ChangeEvent } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import type { IsoDate, Plan, Reliability } from '../../model/types';
import { AsOfControl } from '../controls/AsOfControl';
import { ReliabilitySelect } from '../controls/ReliabilitySelect';
import { SelectionPicker } from '../controls/SelectionPicker';
import { partyName } from './deal-text';

export interface DealControlsProps {
  readonly index: DatasetIndex;
  readonly plan: Plan | undefined;
  readonly vs: Plan | undefined;
  readonly terms: readonly DealTerm[];
  readonly parties: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onPlan: (plan: string | undefined) => void;
  readonly onVs: (plan: string | undefined) => void;
  readonly onParties: (parties: readonly string[]) => void;
  readonly onDate: (at: IsoDate, options: { replace: boolean }) => void;
  readonly onRel: (rel: Reliability) => void;
}

/** The deal's settings: the plan it starts from, the plan it is compared with, date, parties. */
export function DealControls(props: DealControlsProps) {
  const { index, plan, vs, terms, parties, at, rel, onPlan, onVs, onParties, onDate, onRel } =
    props;
  const { t, lang } = useI18n();
  const planId = useId();
  const vsId = useId();
  const { dataset } = index;
  const partyOptions = useMemo(
    () => dataset.parties.map((p) => ({ id: p.id, label: pick(p.name, lang) })),
    [dataset, lang],
  );
  // The date steps only between statements that can change a verdict shown.
  const stepFilter = useMemo(
    () => ({
      parties: new Set(parties),
      issues: new Set(terms.map((term) => term.issue)),
      minReliability: rel,
    }),
    [parties, terms, rel],
  );
  const planLabel = (p: Plan) =>
    t('deal.planOption', {
      title: pick(p.title, lang),
      proposer: partyName(index, p.proposer, lang),
      date: formatDate(p.date, lang),
    });
  const options = dataset.plans.map((p) => (
    <option key={p.id} value={p.id}>
      {planLabel(p)}
    </option>
  ));
  const choose = (set: (id: string | undefined) => void) => (e: ChangeEvent<HTMLSelectElement>) =>
    set(e.target.value === '' ? undefined : e.target.value);
  return (
    <section className="controls deal-controls" aria-label={t('deal.settings')}>
      <div className="deal-plan-pickers">
        <label htmlFor={planId}>{t('deal.startFrom')}</label>
        <select id={planId} value={plan?.id ?? ''} onChange={choose(onPlan)}>
          <option value="">{t('deal.fromScratch')}</option>
          {options}
        </select>
        {dataset.plans.length > 0 && (
          <>
            <label htmlFor={vsId}>{t('deal.compareWith')}</label>
            <select id={vsId} value={vs?.id ?? ''} onChange={choose(onVs)}>
              <option value="">{t('deal.noComparison')}</option>
              {options}
            </select>
          </>
        )}
      </div>
      <AsOfControl index={index} at={at} filter={stepFilter} onChange={onDate} />
      <SelectionPicker
        legend={t('controls.parties')}
        options={partyOptions}
        selected={parties}
        onChange={onParties}
      />
      <ReliabilitySelect value={rel} onChange={onRel} />
    </section>
  );
}
