import type { DatasetIndex } from '../model/dataset-index';
import type { DealTerm } from '../model/deal';
import type { IsoDate, Plan, Reliability } from '../model/types';
import type { Lang } from '../i18n/i18n';
import type { DatasetBounds } from './reconcile';
import type { Focus, Lanes, Mode, Order, ViewState } from './view-state';

/** Parties shown when a link names none: enough to read on a phone, all of a small dataset. */
export const DEFAULT_PARTY_LIMIT = 12;

/** The view with every default filled in from the dataset. Derived, never stored. */
export interface EffectiveView {
  readonly at: IsoDate;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly focus: Focus | undefined;
  readonly mode: Mode;
  readonly rel: Reliability;
  /**
   * The issue the overlap matrix compares: the chosen one, else the focused one, else the first
   * selected one; `undefined` when it sums over all selected issues (`overlapSummed`) or none is left.
   */
  readonly overlapIssue: string | undefined;
  readonly overlapSummed: boolean;
  /** The overlap matrix's party order; `undefined` keeps the selection's order. */
  readonly order: Order | undefined;
  /** The comparison date, when comparing: never equal to `at`. */
  readonly compare: IsoDate | undefined;
  /** The timeline's visible range; `undefined` shows the dataset's whole period. */
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | undefined;
  readonly lanes: Lanes;
  /** Two known, different parties for the pair view, or `undefined`. */
  readonly pair: readonly [string, string] | undefined;
  /** The plan the deal starts from, and the plan it is compared with (known ones only). */
  readonly plan: Plan | undefined;
  readonly vs: Plan | undefined;
  /** The deal's terms: the chosen ones, else the plan's; only known issues and outcomes. */
  readonly terms: readonly DealTerm[];
  /** Whether `terms` are the plan's own (nothing chosen in the URL). */
  readonly termsFromPlan: boolean;
}

export function datasetBounds(index: DatasetIndex): DatasetBounds {
  const { dataset, extent } = index;
  const last = dataset.asOf;
  const first = extent && extent.first < last ? extent.first : last;
  return { parties: dataset.parties, issues: dataset.issues, plans: dataset.plans, first, last };
}

// Defaults are built once per dataset: views memoise on these arrays, so a fresh copy on every
// date change would redraw the whole timeline.
const defaults = new WeakMap<
  DatasetIndex,
  { parties: readonly string[]; issues: readonly string[] }
>();
function defaultsOf(index: DatasetIndex) {
  let d = defaults.get(index);
  if (!d) {
    const { dataset } = index;
    d = {
      parties: dataset.parties.slice(0, DEFAULT_PARTY_LIMIT).map((p) => p.id),
      issues: dataset.issues.map((i) => i.id),
    };
    defaults.set(index, d);
  }
  return d;
}

/** Ids the dataset knows, keeping the array itself when nothing is dropped (stable for memos). */
function known(ids: readonly string[], has: (id: string) => boolean): readonly string[] {
  return ids.every(has) ? ids : ids.filter(has);
}

/**
 * The view with every default filled in. Ids the dataset does not know are left out here, at
 * once, so no view ever sees them; `reconcile` reports them and cleans the URL afterwards.
 */
export function effectiveView(view: ViewState, index: DatasetIndex): EffectiveView {
  const { dataset } = index;
  const issues = view.issues
    ? known(view.issues, (id) => index.issues.has(id))
    : defaultsOf(index).issues;
  const parties = view.parties
    ? known(view.parties, (id) => index.parties.has(id))
    : defaultsOf(index).parties;
  const focus =
    view.focus && index.parties.has(view.focus.party) && index.issues.has(view.focus.issue)
      ? view.focus
      : undefined;
  const at = view.at ?? dataset.asOf;
  const overlapSummed = view.overlap === 'all';
  const chosen =
    view.overlap && view.overlap !== 'all' && index.issues.has(view.overlap.issue)
      ? view.overlap.issue
      : undefined;
  const order =
    view.order && typeof view.order !== 'string' && !index.parties.has(view.order.party)
      ? undefined
      : view.order;
  return {
    at,
    parties,
    issues,
    overlapIssue: overlapSummed ? undefined : (chosen ?? focus?.issue ?? issues[0]),
    overlapSummed,
    order,
    compare: view.compare === at ? undefined : view.compare,
    range:
      view.from && view.to && view.from < view.to ? { from: view.from, to: view.to } : undefined,
    lanes: view.lanes ?? 'party',
    pair:
      view.pair && view.pair.every((p) => index.parties.has(p)) && view.pair[0] !== view.pair[1]
        ? view.pair
        : undefined,
    focus,
    mode: view.mode ?? 'positions',
    rel: view.rel ?? 'reported',
    ...effectiveDeal(view, index),
  };
}

const NO_TERMS: readonly DealTerm[] = [];

function effectiveDeal(
  view: ViewState,
  index: DatasetIndex,
): Pick<EffectiveView, 'plan' | 'vs' | 'terms' | 'termsFromPlan'> {
  const plans = index.dataset.plans;
  const plan = view.plan === undefined ? undefined : plans.find((p) => p.id === view.plan);
  const vs = view.vs === undefined ? undefined : plans.find((p) => p.id === view.vs);
  const chosen = view.terms ?? plan?.terms ?? NO_TERMS;
  return { plan, vs, terms: knownTerms(chosen, index), termsFromPlan: view.terms === undefined };
}

/**
 * Terms on known issues with known outcomes, at least one each, one per issue; the same array
 * when all are fine (stable for memos).
 */
export function knownTerms(terms: readonly DealTerm[], index: DatasetIndex): readonly DealTerm[] {
  const fine = (t: DealTerm, i: number) => {
    const issue = index.issues.get(t.issue);
    return (
      issue !== undefined &&
      t.outcomes.length > 0 &&
      t.outcomes.every((o) => issue.outcomes.some((x) => x.id === o)) &&
      terms.findIndex((other) => other.issue === t.issue) === i
    );
  };
  return terms.every(fine) ? terms : terms.filter(fine);
}

export function defaultLang(navigatorLanguage: string | undefined): Lang {
  return navigatorLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
