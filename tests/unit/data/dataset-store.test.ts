import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import {
  createDatasetStore,
  DB_NAME,
  MAX_NAME_LENGTH,
  storedKey,
  utf8Length,
  type NewDataset,
  type StoreOptions,
} from '../../../src/data/dataset-store';

// fake-indexeddb: the real IndexedDB semantics (transactions, commit, abort) in memory, so these
// tests exercise the same code paths as a browser; a fresh factory per test is an empty browser.

const entry = (over: Partial<NewDataset> = {}): NewDataset => ({
  name: 'Coral Strait',
  text: '{"id":"coral","title":"Ωμέγα"}',
  id: 'coral',
  title: { en: 'Coral Strait' },
  version: '2025-12-15.1',
  origin: 'file',
  ...over,
});

function makeStore(factory: IDBFactory = new IDBFactory(), over: StoreOptions = {}) {
  let n = 0;
  let minute = 0;
  return {
    factory,
    store: createDatasetStore({
      factory: () => factory,
      now: () => new Date(Date.UTC(2025, 0, 1, 12, minute++)),
      newKey: (id) => `${id}-k${++n}`,
      ...over,
    }),
  };
}

const unwrap = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe('createDatasetStore: save, list, read', () => {
  it('keeps a dataset with its description and gives it a URL-safe key', async () => {
    const { store } = makeStore();
    const saved = unwrap(await store.save(entry()));
    expect(saved.existing).toBe(false);
    expect(saved.info).toEqual({
      key: 'coral-k1',
      name: 'Coral Strait',
      id: 'coral',
      title: { en: 'Coral Strait' },
      version: '2025-12-15.1',
      origin: 'file',
      savedAt: '2025-01-01T12:00:00.000Z',
      bytes: utf8Length(entry().text),
    });
    expect(unwrap(await store.list()).datasets).toEqual([saved.info]);
    expect(unwrap(await store.read('coral-k1'))).toMatchObject({
      info: saved.info,
      text: entry().text,
    });
  });

  it('lists the newest first and remembers where a web copy came from', async () => {
    const { store } = makeStore();
    await store.save(entry());
    await store.save(
      entry({ id: 'brexit', text: '{}', origin: 'url', url: 'https://example.org/b.json' }),
    );
    const list = unwrap(await store.list()).datasets;
    expect(list.map((d) => d.key)).toEqual(['brexit-k2', 'coral-k1']);
    expect(list[0]).toMatchObject({ origin: 'url', url: 'https://example.org/b.json' });
  });

  it('does not store the same text twice, but a changed text is a new entry', async () => {
    const { store } = makeStore();
    const first = unwrap(await store.save(entry()));
    const again = unwrap(await store.save(entry({ name: 'another name' })));
    expect(again).toMatchObject({ existing: true, info: first.info });
    const changed = unwrap(await store.save(entry({ text: '{"id":"coral","title":"Omega"}' })));
    expect(changed.existing).toBe(false);
    expect(unwrap(await store.list()).datasets).toHaveLength(2);
  });

  it('makes a key from any id without letting unsafe characters into the URL', async () => {
    const { store } = createStoreWithRandomKeys();
    const saved = unwrap(await store.save(entry({ id: '__proto__' })));
    expect(saved.info.key).toMatch(/^proto-[a-z0-9]{6}$/);
    expect(storedKey(`my:${saved.info.key}`)).toBe(saved.info.key);
    expect(({} as Record<string, unknown>).key).toBeUndefined();
  });

  it('takes another key when the generated one is taken', async () => {
    const { store } = makeStore(new IDBFactory(), { newKey: () => 'same' });
    await store.save(entry());
    const second = unwrap(await store.save(entry({ text: '[]' })));
    expect(second.info.key).toBe('same-2');
  });

  it('survives a reload: a new store on the same browser finds the datasets', async () => {
    const { factory, store } = makeStore();
    await store.save(entry());
    const reloaded = makeStore(factory).store;
    expect(unwrap(await reloaded.read('coral-k1')).text).toBe(entry().text);
  });

  it('names a blank name after the dataset id and caps long names', async () => {
    const { store } = makeStore();
    expect(unwrap(await store.save(entry({ name: '   ' }))).info.name).toBe('coral');
    const long = unwrap(await store.save(entry({ text: '1', name: 'x'.repeat(500) })));
    expect(long.info.name).toHaveLength(MAX_NAME_LENGTH);
  });
});

function createStoreWithRandomKeys() {
  return { store: createDatasetStore({ factory: () => new IDBFactory() }) };
}

describe('createDatasetStore: rename and delete', () => {
  it('renames, keeping the old name for a blank one', async () => {
    const { store } = makeStore();
    await store.save(entry());
    expect(unwrap(await store.rename('coral-k1', '  Class 9b  ')).info.name).toBe('Class 9b');
    expect(unwrap(await store.rename('coral-k1', ' ')).info.name).toBe('Class 9b');
    expect(unwrap(await store.list()).datasets[0]!.name).toBe('Class 9b');
  });

  it('deletes the record and its text', async () => {
    const { store } = makeStore();
    await store.save(entry());
    expect((await store.delete('coral-k1')).ok).toBe(true);
    expect(unwrap(await store.list()).datasets).toEqual([]);
    expect(await store.read('coral-k1')).toMatchObject({ ok: false, problem: 'missing' });
  });

  it('says "missing" for a key that was never stored', async () => {
    const { store } = makeStore();
    expect(await store.read('nope')).toMatchObject({ ok: false, problem: 'missing' });
    expect(await store.rename('nope', 'x')).toMatchObject({ ok: false, problem: 'missing' });
    expect((await store.delete('nope')).ok).toBe(true);
  });

  it('skips records someone damaged in the browser instead of trusting them', async () => {
    const { factory, store } = makeStore();
    await store.save(entry());
    await new Promise<void>((resolve) => {
      const open = factory.open(DB_NAME, 1);
      open.onsuccess = () => {
        const tx = open.result.transaction(['datasets', 'texts'], 'readwrite');
        tx.objectStore('datasets').put({ key: 'bad', name: 42 });
        tx.objectStore('texts').put({ not: 'text' }, 'coral-k1');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const fresh = makeStore(factory).store;
    expect(unwrap(await fresh.list()).datasets.map((d) => d.key)).toEqual(['coral-k1']);
    expect(await fresh.read('coral-k1')).toMatchObject({ ok: false, problem: 'missing' });
    expect(await fresh.read('bad')).toMatchObject({ ok: false, problem: 'missing' });
  });
});

describe('createDatasetStore: when the browser keeps nothing', () => {
  const refusing: [string, () => IDBFactory | undefined][] = [
    ['no IndexedDB at all', () => undefined],
    [
      'open() throws (site data blocked)',
      () =>
        ({
          open: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }) as unknown as IDBFactory,
    ],
    [
      'the open request fails (private mode)',
      () =>
        ({
          open: () => {
            const request = {
              error: new DOMException('A mutation operation was attempted', 'InvalidStateError'),
            } as unknown as IDBOpenDBRequest;
            setTimeout(() => request.onerror?.(new Event('error')));
            return request;
          },
        }) as unknown as IDBFactory,
    ],
  ];

  it.each(refusing)('%s: every call answers "unavailable", none throws', async (_, factory) => {
    const store = createDatasetStore({ factory });
    for (const result of [
      await store.list(),
      await store.save(entry()),
      await store.read('coral-k1'),
      await store.rename('coral-k1', 'x'),
      await store.delete('coral-k1'),
    ])
      expect(result).toMatchObject({ ok: false, problem: 'unavailable' });
  });

  it('a full quota is "full", and nothing is half-stored', async () => {
    const { store } = makeStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saved = await store.save(entry());
    expect(saved).toMatchObject({ ok: false, problem: 'full' });
    if (!saved.ok) expect(saved.detail).toContain('QuotaExceededError');
    vi.restoreAllMocks();
    expect(unwrap(await store.list()).datasets).toEqual([]);
  });

  it('any other failure is "failed" with the browser’s words', async () => {
    const { store } = makeStore();
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('disk I/O error', 'UnknownError');
    });
    expect(await store.list()).toEqual({
      ok: false,
      problem: 'failed',
      detail: 'UnknownError: disk I/O error',
    });
  });

  it('keeps a dataset for this visit in memory: read, listed, renamed, deleted', async () => {
    const store = createDatasetStore({
      factory: () => undefined,
      now: () => new Date(Date.UTC(2025, 0, 1)),
      newKey: (id) => `${id}-k1`,
    });
    const info = store.keepForSession(entry());
    expect(info).toMatchObject({ key: 'tmp-coral-k1', session: true, name: 'Coral Strait' });
    expect(storedKey(`my:${info.key}`)).toBe(info.key);
    expect(unwrap(await store.read(info.key)).text).toBe(entry().text);
    expect(store.sessionList()).toEqual([info]);
    expect(unwrap(await store.rename(info.key, 'Today')).info.name).toBe('Today');
    expect((await store.delete(info.key)).ok).toBe(true);
    expect(store.sessionList()).toEqual([]);
  });

  it('lists session datasets together with stored ones when the browser answers', async () => {
    const { store } = makeStore();
    await store.save(entry());
    const kept = store.keepForSession(entry({ id: 'brexit', text: '[]' }));
    expect(unwrap(await store.list()).datasets.map((d) => d.key)).toEqual([kept.key, 'coral-k1']);
  });
});

describe('storedKey', () => {
  it.each([
    ['my:coral-k1', 'coral-k1'],
    ['my:a', 'a'],
    ['russia-ukraine', undefined],
    [undefined, undefined],
    ['my:', undefined],
    ['my:Bad_Key', undefined],
    [`my:${'a'.repeat(65)}`, undefined],
  ])('%s → %s', (raw, key) => expect(storedKey(raw)).toBe(key));
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['ä', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud83d', 3],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    if (text !== '\ud83d') expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
