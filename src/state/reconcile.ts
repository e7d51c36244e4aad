import type { Dataset, IsoDate } from '../model/types';
import type { Problem, ViewState } from './view-state';

export interface DatasetBounds {
  readonly parties: Dataset['parties'];
  readonly issues: Dataset['issues'];
  readonly plans: Dataset['plans'];
  /** First and last day the "As of" control can reach. */
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** Drops the ids a dataset does not know and clamps the date into its range, reporting each change. */
export function reconcile(
  state: ViewState,
  bounds: DatasetBounds,
): { state: ViewState; problems: Problem[] } {
  const problems: Problem[] = [];
  const partyIds = new Set(bounds.parties.map((p) => p.id));
  const issueIds = new Set(bounds.issues.map((i) => i.id));
  // A list left empty only because none of its ids exist falls back to the default, not to nothing.
  const filter = (
    ids: readonly string[] | undefined,
    known: Set<string>,
    param: string,
    kind: Problem['kind'],
  ) => {
    const kept = ids?.filter((id) => {
      if (known.has(id)) return true;
      problems.push({ param, value: id, kind });
      return false;
    });
    return kept && kept.length === 0 && ids && ids.length > 0 ? undefined : kept;
  };

  let focus = state.focus;
  if (focus && !(partyIds.has(focus.party) && issueIds.has(focus.issue))) {
    problems.push({
      param: 'focus',
      value: `${focus.party}:${focus.issue}`,
      kind: 'unknown-focus',
    });
    focus = undefined;
  }
  let { order, overlap, compare } = state;
  if (order && typeof order !== 'string' && !partyIds.has(order.party)) {
    problems.push({ param: 'order', value: `party:${order.party}`, kind: 'unknown-party' });
    order = undefined;
  }
  if (overlap && overlap !== 'all' && !issueIds.has(overlap.issue)) {
    problems.push({ param: 'overlap', value: overlap.issue, kind: 'unknown-issue' });
    overlap = undefined;
  }
  if (compare !== undefined && (compare < bounds.first || compare > bounds.last)) {
    problems.push({ param: 'compare', value: compare, kind: 'out-of-range' });
    compare = compare < bounds.first ? bounds.first : bounds.last;
  }
  let { pair, from, to } = state;
  if (pair && !(partyIds.has(pair[0]) && partyIds.has(pair[1]))) {
    problems.push({ param: 'pair', value: pair.join(','), kind: 'unknown-party' });
    pair = undefined;
  }
  // A range needs both ends, in order; half a range is dropped rather than guessed.
  if ((from === undefined) !== (to === undefined) || (from && to && from >= to)) {
    problems.push({
      param: from ? 'from' : 'to',
      value: `${from ?? ''}..${to ?? ''}`,
      kind: 'bad',
    });
    from = undefined;
    to = undefined;
  }
  let at = state.at;
  if (at !== undefined && (at < bounds.first || at > bounds.last)) {
    problems.push({ param: 'at', value: at, kind: 'out-of-range' });
    at = at < bounds.first ? bounds.first : bounds.last;
  }
  return {
    state: {
      ...state,
      ...reconcileDeal(state, bounds, problems),
      at,
      focus,
      order,
      overlap,
      compare,
      pair,
      from,
      to,
      parties: filter(state.parties, partyIds, 'parties', 'unknown-party'),
      issues: filter(state.issues, issueIds, 'issues', 'unknown-issue'),
    },
    problems,
  };
}

/** Drops unknown plans, and terms on issues or outcomes the dataset does not have. */
function reconcileDeal(
  state: ViewState,
  bounds: DatasetBounds,
  problems: Problem[],
): Pick<ViewState, 'plan' | 'vs' | 'terms'> {
  const planIds = new Set(bounds.plans.map((p) => p.id));
  const plan = (param: 'plan' | 'vs') => {
    const id = state[param];
    if (id === undefined || planIds.has(id)) return id;
    problems.push({ param, value: id, kind: 'unknown-plan' });
    return undefined;
  };
  const kept = { plan: plan('plan'), vs: plan('vs') };
  const issues = new Map(bounds.issues.map((i) => [i.id, new Set(i.outcomes.map((o) => o.id))]));
  const terms = state.terms?.flatMap((term) => {
    const outcomes = issues.get(term.issue);
    if (!outcomes) {
      problems.push({ param: 'terms', value: term.issue, kind: 'unknown-issue' });
      return [];
    }
    const kept = term.outcomes.filter((o) => {
      if (outcomes.has(o)) return true;
      problems.push({ param: 'terms', value: `${term.issue}:${o}`, kind: 'unknown-outcome' });
      return false;
    });
    return kept.length === 0
      ? []
      : [kept.length === term.outcomes.length ? term : { ...term, outcomes: kept }];
  });
  // A deal left empty only because none of its terms exist falls back to the plan's, not to nothing.
  const emptied = terms && terms.length === 0 && (state.terms?.length ?? 0) > 0;
  return { ...kept, terms: emptied ? undefined : terms };
}
