import '../../i18n/en-deal';
import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { changedIssues } from '../../model/deal-compare';
import { setTerm } from '../../model/deal-terms';
import type { IsoDate, Reliability } from '../../model/types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import { DealControls } from './DealControls';
import { DealSummaryView } from './DealSummaryView';
import { DealVerdicts } from './DealVerdicts';
import { PlanCard } from './PlanCard';
import { PlanComparison } from './PlanComparison';
import { TermEditor } from './TermEditor';
import { VerdictPanel } from './VerdictPanel';
import './deal.css';

const PANEL_ID = 'deal-statement';
const NO_TERMS = [] as const;

/**
 * `/deal`: build a deal from a plan or from scratch and see who accepts each term, as of a date.
 * `actions` sit beside the title (the app puts sharing and "add to my tour" there).
 */
export function DealPage({ actions }: { readonly actions?: ReactNode }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  const headingId = useId();
  const { plan, vs, terms, parties, at, rel, focus } = view;
  const planTerms = plan?.terms ?? NO_TERMS;
  const changed = useMemo(
    () => (plan && !view.termsFromPlan ? changedIssues(plan.terms, terms).length : 0),
    [plan, terms, view.termsFromPlan],
  );

  const onTerm = useCallback(
    (issue: string, outcomes: readonly string[]) =>
      update({ terms: setTerm(terms, issue, outcomes) }),
    [update, terms],
  );
  const onSelect = useCallback(
    (party: string, issue: string) => {
      update({ focus: { party, issue } });
      // Below the side-by-side layout the statement sits under the grid: bring it into view.
      if (globalThis.matchMedia?.('(max-width: 1499px)').matches) revealPanel();
    },
    [update],
  );
  const onClose = useCallback(() => {
    update({ focus: undefined });
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.deal-grid [role="gridcell"][tabindex="0"]')?.focus(),
    );
  }, [update]);
  const onDate = useCallback(
    (date: IsoDate, options: { replace: boolean }) => update({ at: date }, options),
    [update],
  );
  const selected = focus && terms.some((x) => x.issue === focus.issue) ? focus : undefined;
  const dealName = plan && changed === 0 ? pick(plan.title, lang) : t('deal.yourDeal');

  return (
    <div className="deal">
      <div className="explore-head">
        <h1>{t('deal.title')}</h1>
        {actions}
      </div>
      <p className="deal-intro">{t('deal.intro')}</p>
      <DealControls
        index={index}
        plan={plan}
        vs={vs}
        terms={terms}
        parties={parties}
        at={at}
        rel={rel}
        onPlan={(id) => update({ plan: id, terms: undefined, focus: undefined })}
        onVs={(id) => update({ vs: id })}
        onParties={(ids) => update({ parties: ids })}
        onDate={onDate}
        onRel={(r: Reliability) => update({ rel: r })}
      />
      {plan && (
        <PlanCard
          index={index}
          plan={plan}
          changed={changed}
          onReset={() => update({ terms: undefined })}
        />
      )}
      <div className="deal-layout">
        <section
          className={selected ? 'deal-main has-panel' : 'deal-main'}
          aria-labelledby={headingId}
        >
          <h2 id={headingId} className="deal-verdicts-heading">
            {t('deal.verdictsHeading')}
          </h2>
          <DealVerdicts
            index={index}
            terms={terms}
            parties={parties}
            at={at}
            rel={rel}
            onSelect={onSelect}
            selected={selected}
          />
          {terms.length > 0 && parties.length > 0 && (
            <VerdictPanel
              id={PANEL_ID}
              index={index}
              terms={terms}
              focus={selected}
              at={at}
              rel={rel}
              onClose={onClose}
            />
          )}
        </section>
        <TermEditor
          issues={index.dataset.issues}
          terms={terms}
          planTerms={planTerms}
          onChange={onTerm}
        />
      </div>
      <DealSummaryView index={index} terms={terms} parties={parties} at={at} rel={rel} />
      {vs && (
        <PlanComparison
          index={index}
          a={{ name: dealName, terms }}
          b={{ name: pick(vs.title, lang), terms: vs.terms }}
          parties={parties}
          at={at}
          rel={rel}
        />
      )}
    </div>
  );
}

function revealPanel() {
  requestAnimationFrame(() =>
    document.getElementById(PANEL_ID)?.scrollIntoView?.({
      block: 'nearest',
      behavior: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches
        ? 'auto'
        : 'smooth',
    }),
  );
}
