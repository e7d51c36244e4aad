import { encodeTour, type TourFile } from '../../data/tour-file';
import type { Lang } from '../../i18n/i18n';
import { MAX_TOUR_PARAM, parseQuery, serializeQuery } from '../../state/url-codec';
import type { ViewState } from '../../state/view-state';

/** The longest `tour=` value a link may carry: the URL codec's own bound. */
export const TOUR_LINK_LIMIT = MAX_TOUR_PARAM;

/** What a tour link keeps of the reader's page: the dataset, its version, theme and language. */
function kept(view: ViewState, lang: Lang): ViewState {
  return {
    dataset: view.dataset,
    data: view.data,
    version: view.version,
    theme: view.theme,
    lang,
  };
}

/** `present?…` (relative to the app's base): the stored tour from its first step. */
export function presentMineLink(view: ViewState, lang: Lang): string {
  return `present?${serializeQuery({ ...kept(view, lang), tour: 'mine', step: 1 })}`;
}

export type ShareLink =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly length: number };

/** The app's absolute base URL from the page address and Vite's `BASE_URL` (e.g. `/cg/`, `./`). */
export function appBase(href: string, base: string): URL {
  return new URL(base.endsWith('/') ? base : `${base}/`, href);
}

/**
 * The absolute address of `/present` playing `tour` from the link itself, or the encoded length
 * when the tour is too long for the URL codec to accept it (then it must travel as a file).
 */
export function shareLink(
  tour: TourFile,
  view: ViewState,
  lang: Lang,
  href: string,
  base: string,
): ShareLink {
  const encoded = encodeTour(tour);
  const query = serializeQuery({ ...kept(view, lang), tour: encoded });
  if (parseQuery(query).state.tour !== encoded) return { ok: false, length: encoded.length };
  return { ok: true, url: new URL(`present?${query}`, appBase(href, base)).href };
}
