import type { DealTerm } from './deal';
import { sameOutcomes } from './deal-compare';
import type { Issue } from './types';

/** One choice for an issue's term: a single outcome, or several (any of them would do). */
export interface TermChoice {
  readonly outcomes: readonly string[];
  /** `single` for one outcome; `plan` for the plan's several-outcome term; `any` for another one. */
  readonly kind: 'single' | 'plan' | 'any';
}

/**
 * The choices for `issue`'s term besides "no term": each outcome, then the plan's term when it
 * allows several outcomes, then the current term when it allows several and is not the plan's
 * (e.g. from a link). Outcomes the issue does not know are left out of the several-outcome choices.
 */
export function termChoices(
  issue: Issue,
  planTerm: DealTerm | undefined,
  current: DealTerm | undefined,
): readonly TermChoice[] {
  const choices: TermChoice[] = issue.outcomes.map((o) => ({ outcomes: [o.id], kind: 'single' }));
  const known = (t: DealTerm | undefined) =>
    t && t.issue === issue.id
      ? issue.outcomes.map((o) => o.id).filter((id) => t.outcomes.includes(id))
      : [];
  const fromPlan = known(planTerm);
  if (fromPlan.length > 1) choices.push({ outcomes: fromPlan, kind: 'plan' });
  const chosen = known(current);
  const isPlans = fromPlan.length > 1 && sameOutcomes(asTerm(chosen), asTerm(fromPlan));
  if (chosen.length > 1 && !isPlans) choices.push({ outcomes: chosen, kind: 'any' });
  return choices;
}

const asTerm = (outcomes: readonly string[]): DealTerm => ({ issue: '', outcomes });

/**
 * `terms` with `issue`'s term set to `outcomes` (replacing it in place, or appended), or removed
 * when `outcomes` is empty. Never mutates `terms`.
 */
export function setTerm(
  terms: readonly DealTerm[],
  issue: string,
  outcomes: readonly string[],
): readonly DealTerm[] {
  const at = terms.findIndex((t) => t.issue === issue);
  if (outcomes.length === 0) return at < 0 ? terms : terms.filter((t) => t.issue !== issue);
  const term: DealTerm = { issue, outcomes: [...new Set(outcomes)] };
  return at < 0 ? [...terms, term] : terms.map((t, i) => (i === at ? term : t));
}
