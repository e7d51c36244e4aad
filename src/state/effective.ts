import type { DatasetIndex } from '../model/dataset-index';
import type { IsoDate, Reliability } from '../model/types';
import type { Lang } from '../i18n/i18n';
import type { DatasetBounds } from './reconcile';
import type { Focus, Mode, ViewState } from './view-state';

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
  /** The issue the overlap matrix compares: the focused one, else the first chosen one. */
  readonly overlapIssue: string | undefined;
}

export function datasetBounds(index: DatasetIndex): DatasetBounds {
  const { dataset, extent } = index;
  const last = dataset.asOf;
  const first = extent && extent.first < last ? extent.first : last;
  return { parties: dataset.parties, issues: dataset.issues, first, last };
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

export function effectiveView(view: ViewState, index: DatasetIndex): EffectiveView {
  const { dataset } = index;
  const issues = view.issues ?? defaultsOf(index).issues;
  return {
    at: view.at ?? dataset.asOf,
    parties: view.parties ?? defaultsOf(index).parties,
    issues,
    overlapIssue: view.focus?.issue ?? issues[0],
    focus: view.focus,
    mode: view.mode ?? 'positions',
    rel: view.rel ?? 'reported',
  };
}

export function defaultLang(navigatorLanguage: string | undefined): Lang {
  return navigatorLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
