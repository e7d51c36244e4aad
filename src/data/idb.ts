import type { StoreFailure, StoreProblem } from './store-result';

/** IndexedDB plumbing for the dataset store: opening, one-transaction work, errors as results. */

export const DB_NAME = 'common-ground';
const DB_VERSION = 1;
export const META = 'datasets';
export const TEXTS = 'texts';

export function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined; // reading it throws where site data is blocked
  }
}

/** Thrown inside the store, turned into a `StoreFailure` at its edge. */
export class Refused extends Error {
  constructor(
    readonly problem: StoreProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error || e instanceof DOMException)) return false;
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (e as DOMException).code === 22
  );
}

export function failure(e: unknown): StoreFailure {
  if (e instanceof Refused) return { ok: false, problem: e.problem, detail: e.message };
  const detail =
    e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
  return { ok: false, problem: isQuotaError(e) ? 'full' : 'failed', detail };
}

export function openDb(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Refused('unavailable', 'IndexedDB is not available in this browser'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(new Refused('unavailable', failure(e).detail));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database must not wait for this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      const e = request.error;
      reject(isQuotaError(e) ? e : new Refused('unavailable', failure(e).detail));
    };
    request.onblocked = () => reject(new Refused('failed', 'the database is blocked'));
  });
}

export type Mode = IDBTransactionMode;

/** Runs `body` in one transaction; resolves with what it hands to `done` once committed. */
export function transact<T>(
  db: IDBDatabase,
  mode: Mode,
  body: (stores: { meta: IDBObjectStore; texts: IDBObjectStore }, done: (v: T) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction([META, TEXTS], mode);
    let result: { value: T } | undefined;
    tx.oncomplete = () =>
      result ? resolve(result.value) : reject(new Refused('failed', 'no result'));
    tx.onabort = () => reject(tx.error ?? new Refused('failed', 'the transaction was aborted'));
    try {
      body({ meta: tx.objectStore(META), texts: tx.objectStore(TEXTS) }, (value) => {
        result = { value };
      });
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished: nothing to undo
      }
      reject(e);
    }
  });
}

/** Calls `then` with a request's result; a failed request aborts its transaction. */
export function on<T>(request: IDBRequest<T>, then: (value: T) => void): void {
  request.onsuccess = () => then(request.result);
}
