import { bundledUrls, chooseEntry, loadCatalog } from './catalog';

const early = new Map<string, Promise<Response>>();

/** Starts downloading `url` now; the next `loadDataset(url)` takes the response instead of fetching. */
export function prefetch(url: string, doFetch: typeof fetch = fetch): void {
  if (early.has(url)) return;
  const response = doFetch(url);
  response.catch(() => early.delete(url)); // a failed download is fetched again by the loader
  early.set(url, response);
}

/** The download `prefetch` started for `url`, once: a second load of the same URL fetches anew. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

/**
 * Called by the entry before the app's code has loaded: when the URL names a bundled dataset
 * (no `data=`, no `dataset=my:`), fetch the catalog and that dataset's file at once, so the first
 * view does not wait for the router, the page and the loader to arrive first. The loader makes
 * the same choice again and takes the response; when the choices differ, nothing is lost.
 */
export function prefetchBundled(search: string, baseUrl: string): void {
  const params = new URLSearchParams(search);
  const datasetId = params.get('dataset') ?? undefined;
  if (params.has('data') || datasetId?.startsWith('my:')) return;
  void loadCatalog(baseUrl).then((catalog) => {
    if (!catalog) return;
    const { entry } = chooseEntry(catalog, datasetId);
    const [first] = bundledUrls(baseUrl, entry, params.get('version') ?? undefined);
    if (first) prefetch(first);
  });
}
