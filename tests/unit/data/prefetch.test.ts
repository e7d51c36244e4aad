import { bundledUrls, loadCatalog } from '../../../src/data/catalog';
import { loadDataset } from '../../../src/data/load';
import { prefetch, prefetchBundled, takePrefetched } from '../../../src/data/prefetch';
import { miniDataset } from '../../fixtures/mini-dataset';

const CATALOG = {
  datasets: [
    { id: 'first', file: 'first.json', title: { en: 'First' }, version: '2026-01-01.1' },
    { id: 'second', file: 'second.json', title: { en: 'Second' } },
  ],
};
const json = (value: unknown) => new Response(JSON.stringify(value));

/** A global fetch that answers the catalog and any dataset, recording what was asked. */
function stubFetch() {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      return url.endsWith('index.json') ? json(CATALOG) : json(miniDataset());
    }),
  );
  return asked;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  for (const url of ['/a/datasets/first.json', '/b/datasets/second.json', '/x.json'])
    takePrefetched(url); // each test starts with nothing prefetched
});

describe('prefetch', () => {
  it('hands its download to the next load of the same URL, once', async () => {
    const early = vi.fn(async () => json(miniDataset()));
    prefetch('/x.json', early as typeof fetch);
    const asked = stubFetch();
    const first = await loadDataset('/x.json');
    expect(first.ok).toBe(true);
    expect(early).toHaveBeenCalledOnce();
    expect(asked).toEqual([]);
    await loadDataset('/x.json');
    expect(asked).toEqual(['/x.json']);
  });

  it('lets the loader fetch again when the early download failed', async () => {
    prefetch('/x.json', (async () => {
      throw new TypeError('offline');
    }) as typeof fetch);
    await settle();
    const asked = stubFetch();
    expect((await loadDataset('/x.json')).ok).toBe(true);
    expect(asked).toEqual(['/x.json']);
  });
});

describe('prefetchBundled', () => {
  it('fetches the catalog and the dataset the URL names before the app asks', async () => {
    const asked = stubFetch();
    prefetchBundled('?dataset=second', '/b/');
    await settle();
    await settle();
    expect(asked).toEqual(['/b/datasets/index.json', '/b/datasets/second.json']);
    expect(takePrefetched('/b/datasets/second.json')).toBeDefined();
  });

  it.each(['?data=https://example.org/d.json', '?dataset=my:abc'])(
    'leaves %s to the loader',
    async (search) => {
      const asked = stubFetch();
      prefetchBundled(search, '/c/');
      await settle();
      expect(asked).toEqual([]);
    },
  );
});

describe('loadCatalog', () => {
  it('fetches the catalog once per page, and again after a failure', async () => {
    const answers = [new Response('', { status: 500 }), json(CATALOG)];
    const doFetch = vi.fn(async () => answers.shift() ?? json(CATALOG));
    vi.stubGlobal('fetch', doFetch);
    expect(await loadCatalog('/d/')).toBeUndefined();
    expect(await loadCatalog('/d/')).toEqual(CATALOG);
    expect(await loadCatalog('/d/')).toEqual(CATALOG);
    expect(doFetch).toHaveBeenCalledTimes(2);
  });
});

describe('bundledUrls', () => {
  const [entry] = CATALOG.datasets;
  it('tries the archived copy of a pinned older version first', () => {
    expect(bundledUrls('/', entry!, '2025-06-01.2')).toEqual([
      '/datasets/archive/first/2025-06-01.2.json',
      '/datasets/first.json',
    ]);
  });
  it('loads the current file for the current version or none', () => {
    expect(bundledUrls('/', entry!, '2026-01-01.1')).toEqual(['/datasets/first.json']);
    expect(bundledUrls('/', entry!, undefined)).toEqual(['/datasets/first.json']);
  });
});
