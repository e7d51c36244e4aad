/** `public/datasets/index.json`: the datasets bundled with the app. */
export interface CatalogEntry {
  readonly id: string;
  readonly file: string;
  readonly title: Readonly<Record<string, string>>;
  readonly version?: string | undefined;
  readonly asOf?: string | undefined;
}

export interface Catalog {
  readonly datasets: readonly CatalogEntry[];
}

function isEntry(value: unknown): value is CatalogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { id, file, title } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    /^[a-z0-9-]+$/.test(id) &&
    typeof file === 'string' &&
    /^[\w.-]+\.json$/.test(file) &&
    typeof title === 'object' &&
    title !== null
  );
}

/** Checked by hand: the catalog is tiny, and keeping the schema library out of the first load matters. */
export function parseCatalog(value: unknown): Catalog | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const list = (value as { datasets?: unknown }).datasets;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isEntry)) return undefined;
  return { datasets: list };
}

async function fetchCatalog(baseUrl: string, doFetch: typeof fetch): Promise<Catalog | undefined> {
  try {
    const response = await doFetch(`${baseUrl}datasets/index.json`);
    return response.ok ? parseCatalog(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

// Per fetch function, so a test that stubs `fetch` anew starts afresh.
const fetched = new WeakMap<typeof fetch, Map<string, Promise<Catalog | undefined>>>();

/**
 * The catalog, fetched once per page (the entry asks for it before the app's code has loaded,
 * the loader and the offline cache ask again); a failed fetch is not kept, so a retry fetches anew.
 */
export function loadCatalog(
  baseUrl: string,
  doFetch: typeof fetch = fetch,
): Promise<Catalog | undefined> {
  const cache = fetched.get(doFetch) ?? new Map<string, Promise<Catalog | undefined>>();
  fetched.set(doFetch, cache);
  const kept = cache.get(baseUrl);
  if (kept) return kept;
  const loading = fetchCatalog(baseUrl, doFetch).then((catalog) => {
    if (!catalog) cache.delete(baseUrl);
    return catalog;
  });
  cache.set(baseUrl, loading);
  return loading;
}

/** The entry a `dataset` id names, or the first one (with `unknown` set when the id was not found). */
export function chooseEntry(
  catalog: Catalog,
  id: string | undefined,
): { entry: CatalogEntry; unknown: boolean } {
  const found = id === undefined ? undefined : catalog.datasets.find((d) => d.id === id);
  const entry = found ?? catalog.datasets[0];
  if (!entry) throw new Error('empty catalog'); // excluded by parseCatalog
  return { entry, unknown: id !== undefined && !found };
}

/**
 * Where the build keeps a copy of each bundled dataset by version (see `vite.config.ts`), so a
 * view pinned to a version (`version=` in the URL) still finds it after the data moves on.
 * Ids and versions are checked before they get here (`a-z0-9-`; `YYYY-MM-DD.N`).
 */
function archiveFile(id: string, version: string): string {
  return `archive/${id}/${version}.json`;
}

/**
 * The files to try for a bundled dataset, in order: its archived copy when `version` pins another
 * version than the catalog's, then the current file (the fallback for a version the host lacks).
 */
export function bundledUrls(
  baseUrl: string,
  entry: CatalogEntry,
  version: string | undefined,
): readonly string[] {
  const current = `${baseUrl}datasets/${entry.file}`;
  return version !== undefined && version !== entry.version
    ? [`${baseUrl}datasets/${archiveFile(entry.id, version)}`, current]
    : [current];
}
