// The messages of the stored-dataset problems (a lazily loaded area of the English catalog).
import '../i18n/en-authoring';
import type { Localized } from '../model/types';
import { defaultFactory, failure, on, openDb, Refused, transact } from './idb';
import type { StoreResult } from './store-result';

export { DB_NAME } from './idb';

/**
 * The datasets a reader loaded, kept in this browser: IndexedDB `common-ground` v1. The store
 * `datasets` holds one small record per dataset (name, id, title, version, size, …) and the store
 * `texts` its JSON text under the same key, so the "My datasets" list never reads megabytes of
 * text it does not show; a save writes both in one transaction. Every call answers
 * `{ ok: true, … }` or `{ ok: false, problem, detail }` and never throws: private browsing,
 * blocked site data, a full disk are facts to explain, not crashes. Where the browser keeps
 * nothing, `keepForSession` holds a dataset in memory until the tab closes.
 */

export type { StoreFailure, StoreProblem, StoreResult } from './store-result';

export type DatasetOrigin = 'file' | 'csv' | 'url';

/** What the list shows of a stored dataset. */
export interface StoredDatasetInfo {
  /** Generated, `[a-z0-9-]`; the URL names the dataset as `dataset=my:<key>`. */
  readonly key: string;
  /** The reader's name for it; the dataset's title until renamed. */
  readonly name: string;
  readonly id: string;
  readonly title: Localized;
  readonly version: string;
  readonly origin: DatasetOrigin;
  /** The web address it was copied from (origin `url`). */
  readonly url?: string | undefined;
  /** ISO timestamp of the save. */
  readonly savedAt: string;
  /** Size of the JSON text in UTF-8. */
  readonly bytes: number;
  /** Held in memory for this visit only (the browser would not keep it). */
  readonly session?: true;
}

export interface NewDataset {
  readonly name: string;
  /** The dataset as JSON text (format v1), already validated. */
  readonly text: string;
  readonly id: string;
  readonly title: Localized;
  readonly version: string;
  readonly origin: DatasetOrigin;
  readonly url?: string | undefined;
}

export interface DatasetStore {
  /** Every stored dataset, newest first (plus those kept for this visit). */
  list(): Promise<StoreResult<{ datasets: StoredDatasetInfo[] }>>;
  /** Keeps a dataset; the same text saved before is not stored twice (`existing`). */
  save(entry: NewDataset): Promise<StoreResult<{ info: StoredDatasetInfo; existing: boolean }>>;
  read(key: string): Promise<StoreResult<{ info: StoredDatasetInfo; text: string }>>;
  rename(key: string, name: string): Promise<StoreResult<{ info: StoredDatasetInfo }>>;
  delete(key: string): Promise<StoreResult<object>>;
  /** Holds a dataset in memory until the tab closes, for a browser that keeps nothing. */
  keepForSession(entry: NewDataset): StoredDatasetInfo;
  /** The datasets held for this visit only (listed by `list` too, when the browser answers). */
  sessionList(): StoredDatasetInfo[];
}

export interface StoreOptions {
  /** @default globalThis.indexedDB (read when first needed) */
  readonly factory?: () => IDBFactory | undefined;
  /** @default the current time */
  readonly now?: () => Date;
  /** A fresh key for a dataset id. @default id + 6 random base-36 characters */
  readonly newKey?: (id: string) => string;
}

/** `dataset=my:<key>` in the URL names a stored dataset; bundled ids have no colon. */
export const STORED_PREFIX = 'my:';
const KEY = /^[a-z0-9-]{1,64}$/;
export const MAX_NAME_LENGTH = 200;

/** The key a `dataset` URL value names, or `undefined` for a bundled id. */
export function storedKey(dataset: string | undefined): string | undefined {
  if (!dataset?.startsWith(STORED_PREFIX)) return undefined;
  const key = dataset.slice(STORED_PREFIX.length);
  return KEY.test(key) ? key : undefined;
}

/** Byte length of `text` in UTF-8, without encoding a copy of a large text. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function randomKey(id: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const suffix = [...bytes].map((b) => (b % 36).toString(36)).join('');
  const stem = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return stem ? `${stem}-${suffix}` : suffix;
}

/** Records come from the browser, where anyone can edit them: check before trusting. */
function isInfo(value: unknown): value is StoredDatasetInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    KEY.test(v.key) &&
    typeof v.name === 'string' &&
    typeof v.id === 'string' &&
    typeof v.title === 'object' &&
    v.title !== null &&
    typeof v.version === 'string' &&
    (v.origin === 'file' || v.origin === 'csv' || v.origin === 'url') &&
    typeof v.savedAt === 'string' &&
    typeof v.bytes === 'number'
  );
}

export function createDatasetStore(options: StoreOptions = {}): DatasetStore {
  const { factory = defaultFactory, now = () => new Date(), newKey = randomKey } = options;
  const session = new Map<string, { info: StoredDatasetInfo; text: string }>();
  let connection: Promise<IDBDatabase> | undefined;

  const db = () => {
    connection ??= openDb(factory()).then(
      (opened) => {
        // The browser may close it (storage cleared); the next call opens it again.
        opened.onclose = () => (connection = undefined);
        return opened;
      },
      (e: unknown) => {
        connection = undefined;
        throw e;
      },
    );
    return connection;
  };

  const guard = async <T extends object>(work: () => Promise<T>): Promise<StoreResult<T>> => {
    try {
      return { ok: true, ...(await work()) };
    } catch (e) {
      return failure(e);
    }
  };

  const infoOf = (entry: NewDataset, key: string, bytes: number): StoredDatasetInfo => ({
    key,
    name: entry.name.trim().slice(0, MAX_NAME_LENGTH) || entry.id,
    id: entry.id,
    title: entry.title,
    version: entry.version,
    origin: entry.origin,
    ...(entry.url === undefined ? {} : { url: entry.url }),
    savedAt: now().toISOString(),
    bytes,
  });

  const allInfos = (d: IDBDatabase) =>
    transact<StoredDatasetInfo[]>(d, 'readonly', ({ meta }, done) =>
      on(meta.getAll(), (values) => done(values.filter(isInfo))),
    );

  const textOf = (d: IDBDatabase, key: string) =>
    transact<unknown>(d, 'readonly', ({ texts }, done) => on(texts.get(key), done));

  /** A stored copy with exactly this text, so saving the same file twice keeps one entry. */
  const findSame = async (d: IDBDatabase, entry: NewDataset, bytes: number) => {
    const infos = await allInfos(d);
    const candidates = infos.filter(
      (i) => i.id === entry.id && i.version === entry.version && i.bytes === bytes,
    );
    for (const info of candidates) if ((await textOf(d, info.key)) === entry.text) return info;
    return { infos };
  };

  const sessionList = () => [...session.values()].map((s) => s.info);
  const byNewest = (a: StoredDatasetInfo, b: StoredDatasetInfo) =>
    b.savedAt.localeCompare(a.savedAt);

  return {
    list: () =>
      guard(async () => ({
        datasets: [...sessionList(), ...(await allInfos(await db()))].sort(byNewest),
      })),

    save: (entry) =>
      guard(async () => {
        const d = await db();
        const bytes = utf8Length(entry.text);
        const same = await findSame(d, entry, bytes);
        if (!('infos' in same)) return { info: same, existing: true };
        const taken = new Set(same.infos.map((i) => i.key));
        let key = newKey(entry.id);
        for (let n = 2; taken.has(key) || session.has(key); n++) key = `${newKey(entry.id)}-${n}`;
        const info = infoOf(entry, key, bytes);
        await transact<true>(d, 'readwrite', ({ meta, texts }, done) => {
          meta.put(info);
          on(texts.put(entry.text, key), () => done(true));
        });
        return { info, existing: false };
      }),

    read: (key) =>
      guard(async () => {
        const kept = session.get(key);
        if (kept) return kept;
        const d = await db();
        const found = await transact<{ info: unknown; text: unknown }>(
          d,
          'readonly',
          ({ meta, texts }, done) =>
            on(meta.get(key), (info) => on(texts.get(key), (text) => done({ info, text }))),
        );
        if (!isInfo(found.info) || typeof found.text !== 'string')
          throw new Refused('missing', key);
        return { info: found.info, text: found.text };
      }),

    rename: (key, name) =>
      guard(async () => {
        const clean = name.trim().slice(0, MAX_NAME_LENGTH);
        const kept = session.get(key);
        if (kept) {
          const info = { ...kept.info, name: clean || kept.info.name };
          session.set(key, { ...kept, info });
          return { info };
        }
        const info = await transact<StoredDatasetInfo | undefined>(
          await db(),
          'readwrite',
          ({ meta }, done) =>
            on(meta.get(key), (old) => {
              if (!isInfo(old)) return done(undefined);
              const next = { ...old, name: clean || old.name };
              on(meta.put(next), () => done(next));
            }),
        );
        if (!info) throw new Refused('missing', key);
        return { info };
      }),

    delete: (key) =>
      guard(async () => {
        if (session.delete(key)) return {};
        await transact<true>(await db(), 'readwrite', ({ meta, texts }, done) => {
          meta.delete(key);
          on(texts.delete(key), () => done(true));
        });
        return {};
      }),

    sessionList,

    keepForSession: (entry) => {
      let key = `tmp-${newKey(entry.id)}`.slice(0, 64);
      while (session.has(key)) key = `tmp-${newKey(entry.id)}`.slice(0, 64);
      const info: StoredDatasetInfo = {
        ...infoOf(entry, key, utf8Length(entry.text)),
        session: true,
      };
      session.set(key, { info, text: entry.text });
      return info;
    },
  };
}

/** The app's store of loaded datasets (one per tab; the database is shared by all tabs). */
export const datasetStore: DatasetStore = createDatasetStore();
