import type { IsoDate, Reliability } from '../model/types';
import type { Lang } from '../i18n/i18n';
import type { DealTerm } from '../model/deal';

export type Mode = 'positions' | 'overlap';

/**
 * How the overlap matrix orders its parties: as listed (the default), by name, by similarity
 * (seriation, so blocs sit together), or by how closely each party agrees with one chosen party.
 */
export type Order = 'name' | 'similarity' | { readonly party: string };

/** What the overlap matrix compares: one issue, or every selected issue summed. */
export type OverlapScope = 'all' | { readonly issue: string };

/** Colours: `light` or `dark` whatever the system says; `auto` (the default) follows the system. */
export type Theme = 'light' | 'dark' | 'auto';

/** What the timeline's swimlanes are: one per party (the default) or one per issue. */
export type Lanes = 'party' | 'issue';

export interface Focus {
  readonly party: string;
  readonly issue: string;
}

/**
 * Everything a reader would share: the URL query holds exactly this (DESIGN "Contracts").
 * `undefined` means "not chosen": the view uses the dataset's default.
 */
export interface ViewState {
  readonly at?: IsoDate | undefined;
  readonly parties?: readonly string[] | undefined;
  readonly issues?: readonly string[] | undefined;
  readonly focus?: Focus | undefined;
  readonly mode?: Mode | undefined;
  /** A second date: the matrix then shows only what changed between it and `at`. */
  readonly compare?: IsoDate | undefined;
  readonly order?: Order | undefined;
  readonly overlap?: OverlapScope | undefined;
  /** The timeline's visible range (both or neither); `undefined` shows the whole period. */
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
  readonly lanes?: Lanes | undefined;
  /** Two parties whose common ground over time the pair view shows. */
  readonly pair?: readonly [string, string] | undefined;
  readonly rel?: Reliability | undefined;
  readonly lang?: Lang | undefined;
  readonly theme?: Theme | undefined;
  readonly dataset?: string | undefined;
  readonly data?: string | undefined;
  /** The plan the deal builder starts from, and a second plan to compare it with. */
  readonly plan?: string | undefined;
  readonly vs?: string | undefined;
  /**
   * The deal's terms, one per issue. `undefined` uses the plan's terms (none without a plan); an
   * empty list is a deal with no terms chosen yet.
   */
  readonly terms?: readonly DealTerm[] | undefined;
  /** The presentation's step, counted from 1. */
  readonly step?: number | undefined;
  /**
   * Which tour `/present` plays: `undefined` the dataset's, `mine` the teacher's stored tour,
   * anything else a tour shared in the link itself (see model/tour.ts `decodeTour`).
   */
  readonly tour?: string | undefined;
  /**
   * A dataset version (`YYYY-MM-DD.N`) to pin: a "frozen" view, e.g. an embed in an article, loads
   * exactly that version and says when a newer one exists. `undefined` follows the current data.
   */
  readonly version?: string | undefined;
}

export const VIEW_KEYS = [
  'dataset',
  'data',
  'version',
  'at',
  'parties',
  'issues',
  'focus',
  'mode',
  'compare',
  'overlap',
  'order',
  'from',
  'to',
  'lanes',
  'pair',
  'plan',
  'terms',
  'vs',
  'step',
  'tour',
  'rel',
  'lang',
  'theme',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** A query value that was not understood and has been ignored. */
export interface Problem {
  readonly param: string;
  readonly value: string;
  readonly kind:
    | 'bad'
    | 'unknown-party'
    | 'unknown-issue'
    | 'unknown-focus'
    | 'unknown-dataset'
    | 'unknown-plan'
    | 'unknown-outcome'
    | 'out-of-range';
}
