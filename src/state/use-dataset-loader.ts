import { useEffect, useState } from 'react';
import { chooseEntry, loadCatalog } from '../data/catalog';
import { loadDataset } from '../data/load';
import { loadError } from '../data/load-error';
import type { DatasetStatus } from './dataset-context';
import type { AppStore } from './store';

const LOADING: DatasetStatus = { status: 'loading', progress: undefined };

/** Loads the dataset the URL names (`data` wins over `dataset`), reporting progress. */
export function useDatasetLoader(
  store: AppStore,
  datasetId: string | undefined,
  dataUrl: string | undefined,
): DatasetStatus {
  const key = `${datasetId ?? ''}|${dataUrl ?? ''}`;
  // The status belongs to one dataset key; a new key reads as "loading" until its load reports.
  const [state, setState] = useState<{ key: string; status: DatasetStatus }>({
    key,
    status: LOADING,
  });

  useEffect(() => {
    const controller = new AbortController();
    const base = import.meta.env.BASE_URL;
    const setStatus = (status: DatasetStatus) => setState({ key, status });
    void (async () => {
      let url = dataUrl;
      if (url === undefined) {
        const catalog = await loadCatalog(base);
        if (controller.signal.aborted) return;
        if (!catalog) {
          setStatus({
            status: 'error',
            source: `${base}datasets/index.json`,
            errors: [loadError('$', 'validation.fetch', { detail: 'datasets/index.json' })],
          });
          return;
        }
        const { entry, unknown } = chooseEntry(catalog, datasetId);
        if (unknown && datasetId)
          store
            .getState()
            .notify([{ param: 'dataset', value: datasetId, kind: 'unknown-dataset' }]);
        url = `${base}datasets/${entry.file}`;
      }
      const started = performance.now();
      const result = await loadDataset(url, {
        signal: controller.signal,
        onProgress: (progress) => setStatus({ status: 'loading', progress }),
      }).catch((e: unknown) => ({
        ok: false as const,
        errors: [
          loadError('$', 'validation.fetch', {
            detail: e instanceof Error ? e.message : String(e),
          }),
        ],
      }));
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setStatus({ status: 'error', errors: result.errors, source: url });
        return;
      }
      performance.measure('cg:load', { start: started, end: performance.now() });
      setStatus({ status: 'ready', index: result.index, file: url });
    })();
    return () => controller.abort();
  }, [store, datasetId, dataUrl, key]);

  return state.key === key ? state.status : LOADING;
}
