import { formatDate, pick, type Lang, type MessageKey, type Params } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { TourStep } from '../../model/types';
import type { EffectiveView } from '../../state/effective';
import { stepView, type StepRoute } from '../../state/tour-steps';

type T = (key: MessageKey, params?: Params) => string;

/** The name of what a step shows ("Timeline"). */
export const routeName = (route: StepRoute, t: T): string => t(`tour.view.${route}` as MessageKey);

/** The view's own words: "Positions, 31 January 2022", "Changes, 1 March 2022 to …", a plan's title. */
function viewTitle(route: StepRoute, view: EffectiveView, lang: Lang, t: T): string {
  const date = formatDate(view.at, lang);
  if (route === '/deal')
    return view.plan
      ? t('tour.title.plan', { plan: pick(view.plan.title, lang), date })
      : t('tour.title.deal', { date });
  if (route === '/timeline') return t('tour.title.timeline', { date });
  if (view.mode === 'overlap') return t('tour.title.overlap', { date });
  if (view.compare)
    return t('tour.title.changes', { from: formatDate(view.compare, lang), to: date });
  return t('tour.title.positions', { date });
}

/**
 * A new step's title in the reader's language, from what the view shows and, when a cell is
 * focused, whose position on what: "Positions, 31 January 2022 — Russia on NATO membership".
 */
export function defaultStepTitle(
  route: StepRoute,
  view: EffectiveView,
  index: DatasetIndex,
  lang: Lang,
  t: T,
): string {
  const title = viewTitle(route, view, lang, t);
  const party = view.focus && index.parties.get(view.focus.party);
  const issue = view.focus && index.issues.get(view.focus.issue);
  return party && issue
    ? t('tour.title.focus', { title, party: pick(party.name, lang), issue: pick(issue.name, lang) })
    : title;
}

/** What a step is called in buttons and messages: its title, or "Step 3" when it has none. */
export function stepName(step: TourStep, position: number, lang: Lang, t: T): string {
  return pick(step.title, lang).trim() || t('tour.untitled', { n: position });
}

/** One line on what a step shows: "Timeline, as of 31 January 2022". */
export function stepSummary(step: TourStep, lang: Lang, t: T): string {
  const { route, view } = stepView(step);
  const name = routeName(route, t);
  return view.at
    ? t('tour.summary', { view: name, date: formatDate(view.at, lang) })
    : t('tour.summaryLatest', { view: name });
}
