import type { IsoDate, Reliability } from '../model/types';
import type { Lang } from '../i18n/i18n';

export type Mode = 'positions' | 'overlap';

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
  readonly rel?: Reliability | undefined;
  readonly lang?: Lang | undefined;
  readonly dataset?: string | undefined;
  readonly data?: string | undefined;
}

export const VIEW_KEYS = [
  'dataset',
  'data',
  'at',
  'parties',
  'issues',
  'focus',
  'mode',
  'rel',
  'lang',
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
    | 'out-of-range';
}
