/** What the dataset store answers: a result, or a problem to explain (never a throw). */
export type StoreProblem =
  /** No IndexedDB, or the browser refuses to open it (private mode, blocked site data). */
  | 'unavailable'
  /** The browser's quota for this site is used up. */
  | 'full'
  /** Any other failure of the browser's storage. */
  | 'failed'
  /** No dataset is stored under that key (deleted, or the browser's data was cleared). */
  | 'missing';

export interface StoreFailure {
  readonly ok: false;
  readonly problem: StoreProblem;
  /** The browser's own words, for the curious and for bug reports. */
  readonly detail: string;
}

export type StoreResult<T extends object> = ({ readonly ok: true } & T) | StoreFailure;
