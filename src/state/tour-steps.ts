import type { TourState, TourStep } from '../model/types';
import { parseQuery, serializeQuery } from './url-codec';
import { VIEW_KEYS, type ViewKey, type ViewState } from './view-state';

/** The views a tour step can show. */
export const STEP_ROUTES = ['/', '/matrix', '/timeline', '/deal'] as const;
export type StepRoute = (typeof STEP_ROUTES)[number];

/** What stays the reader's when a step is shown: language, theme, dataset, the presentation. */
const READER_KEYS = ['dataset', 'data', 'version', 'lang', 'theme', 'step', 'tour'] as const;
type StepKey = Exclude<ViewKey, (typeof READER_KEYS)[number]>;

/** The view parameters a step carries: every URL parameter but the reader's own. */
const STEP_KEYS = VIEW_KEYS.filter(
  (key): key is StepKey => !(READER_KEYS as readonly string[]).includes(key),
) satisfies readonly (keyof TourState)[];

export const isStepRoute = (route: string): route is StepRoute =>
  (STEP_ROUTES as readonly string[]).includes(route);

/**
 * What a step shows: its route (`/` when it names none or one that is not a view) and its view
 * state, parsed exactly like a link — a bad value is dropped, never trusted.
 */
export function stepView(step: TourStep): { route: StepRoute; view: ViewState } {
  const params = new URLSearchParams();
  for (const key of STEP_KEYS) {
    const value = step.state[key];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    // The format allows a month for `at`; a month counts from its first day (model/dates).
    params.set(key, key === 'at' && /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text);
  }
  const route = step.state.route;
  return {
    route: route !== undefined && isStepRoute(route) ? route : '/',
    view: parseQuery(params.toString()).state,
  };
}

/** The step state that reproduces `view` on `route` (for "Add this view as a step"). */
export function stepState(route: StepRoute, view: ViewState): TourState {
  const state: Record<string, string | readonly string[]> = { route };
  const onlyStep: ViewState = Object.fromEntries(
    STEP_KEYS.filter((k) => view[k] !== undefined).map((k) => [k, view[k]]),
  );
  for (const [key, value] of new URLSearchParams(serializeQuery(onlyStep))) {
    state[key] = key === 'parties' || key === 'issues' ? value.split(',').filter(Boolean) : value;
  }
  return state as TourState;
}

/**
 * The link that opens a step's view outside the presentation, keeping the reader's language,
 * theme and dataset from `keep`. Relative to the app's base (no leading slash): resolve it
 * against `import.meta.env.BASE_URL` or the router's basename.
 */
export function stepLink(step: TourStep, keep: ViewState): string {
  const { route, view } = stepView(step);
  const query = serializeQuery({
    ...view,
    lang: keep.lang,
    theme: keep.theme,
    dataset: keep.dataset,
    data: keep.data,
    version: keep.version,
  });
  return `${route.slice(1)}${query ? `?${query}` : ''}`;
}
