import { startTransition, useEffect, useState } from 'react';
import { bundledUrls, chooseEntry, loadCatalog } from '../data/catalog';
import { loadDataset, type Loaded, type LoadPhase } from '../data/load';
import { loadError } from '../data/load-error';
import type { Localized } from '../model/types';
import type { DatasetStatus } from './dataset-context';
import type { AppStore } from './store';

const LOADING: DatasetStatus = { status: 'loading', progress: undefined };

/** What to load: the files to try in order, and the catalog's current version. */
interface Source {
  readonly urls: readonly string[];
  readonly currentVersion?: string | undefined;
  /** What the error screen names instead of the URL (a stored dataset's name). */
  readonly label?: string;
  /** Frees what the source holds once loaded (a stored dataset's object URL). */
  readonly release?: () => void;
  /** The catalog's title of a bundled dataset, shown while it loads. */
  readonly title?: Localized;
}

type Failed = { readonly failed: Extract<DatasetStatus, { status: 'error' }> };

/**
 * A dataset stored in this browser (`dataset=my:<key>`): its text from IndexedDB, loaded through
 * an object URL like any file, so it gets the same worker, progress and limits. The store loads
 * on demand: readers of the bundled data never download it.
 */
async function storedSource(datasetId: string): Promise<Source | Failed> {
  const { datasetStore, storedKey } = await import('../data/dataset-store');
  const key = storedKey(datasetId);
  const read = key === undefined ? undefined : await datasetStore.read(key);
  if (!read?.ok) {
    const problem = read?.problem ?? 'missing';
    const detail = read && !read.ok ? read.detail : datasetId;
    return {
      failed: {
        status: 'error',
        source: `dataset=${datasetId}`,
        errors: [loadError('$', `data.store.${problem}`, { detail })],
      },
    };
  }
  const url = URL.createObjectURL(new Blob([read.text], { type: 'application/json' }));
  return { urls: [url], label: read.info.name, release: () => URL.revokeObjectURL(url) };
}

async function sourceFor(
  store: AppStore,
  base: string,
  view: { datasetId: string | undefined; dataUrl: string | undefined; version: string | undefined },
): Promise<Source | Failed | undefined> {
  const { datasetId, dataUrl, version } = view;
  if (dataUrl !== undefined) return { urls: [dataUrl] };
  if (datasetId?.startsWith('my:')) return storedSource(datasetId);
  return bundledSource(store, base, datasetId, version);
}

/**
 * The bundled dataset a `dataset` id names, or its archived copy when `version` pins another
 * version; the current file stays the fallback for a version the host no longer has.
 */
async function bundledSource(
  store: AppStore,
  base: string,
  datasetId: string | undefined,
  version: string | undefined,
): Promise<Source | undefined> {
  const catalog = await loadCatalog(base);
  if (!catalog) return undefined;
  const { entry, unknown } = chooseEntry(catalog, datasetId);
  if (unknown && datasetId)
    store.getState().notify([{ param: 'dataset', value: datasetId, kind: 'unknown-dataset' }]);
  return {
    urls: bundledUrls(base, entry, version),
    currentVersion: entry.version,
    title: entry.title,
  };
}

async function loadFirst(
  urls: readonly string[],
  signal: AbortSignal,
  onProgress: (p: LoadPhase) => void,
): Promise<{ url: string; result: Loaded }> {
  let last: { url: string; result: Loaded } | undefined;
  for (const url of urls) {
    const result = await loadDataset(url, { signal, onProgress }).catch((e: unknown) => ({
      ok: false as const,
      errors: [
        loadError('$', 'validation.fetch', { detail: e instanceof Error ? e.message : String(e) }),
      ],
    }));
    last = { url, result };
    if (result.ok || signal.aborted) break;
  }
  if (!last) throw new Error('no dataset URL'); // callers always pass at least one
  return last;
}

/**
 * Loads the dataset the URL names (`data` wins over `dataset`, which is a bundled id or `my:<key>`
 * for one stored in this browser; `version` pins a bundled one), reporting progress.
 */
export function useDatasetLoader(
  store: AppStore,
  datasetId: string | undefined,
  dataUrl: string | undefined,
  version?: string,
): DatasetStatus {
  const key = `${datasetId ?? ''}|${dataUrl ?? ''}|${version ?? ''}`;
  // The status belongs to one dataset key; a new key reads as "loading" until its load reports.
  const [state, setState] = useState<{ key: string; status: DatasetStatus }>({
    key,
    status: LOADING,
  });

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const base = import.meta.env.BASE_URL;
    const setStatus = (status: DatasetStatus) => setState({ key, status });
    void (async () => {
      const source = await sourceFor(store, base, { datasetId, dataUrl, version });
      if (signal.aborted) {
        if (source && 'urls' in source) source.release?.();
        return;
      }
      if (!source) {
        setStatus({
          status: 'error',
          source: `${base}datasets/index.json`,
          errors: [loadError('$', 'validation.fetch', { detail: 'datasets/index.json' })],
        });
        return;
      }
      if ('failed' in source) {
        setStatus(source.failed);
        return;
      }
      const started = performance.now();
      const { title } = source;
      if (title) setStatus({ status: 'loading', progress: undefined, title });
      const { url, result } = await loadFirst(source.urls, signal, (progress) =>
        setStatus({ status: 'loading', progress, title }),
      ).finally(() => source.release?.());
      if (signal.aborted) return;
      if (!result.ok) {
        setStatus({ status: 'error', errors: result.errors, source: source.label ?? url });
        return;
      }
      performance.measure('cg:load', { start: started, end: performance.now() });
      const { currentVersion } = source;
      // The first render of a view with its data is the page's longest task: as a transition,
      // React renders it in slices and the page keeps answering input meanwhile.
      startTransition(() =>
        setStatus({ status: 'ready', index: result.index, file: url, currentVersion }),
      );
    })();
    return () => controller.abort();
  }, [store, datasetId, dataUrl, version, key]);

  return state.key === key ? state.status : LOADING;
}
