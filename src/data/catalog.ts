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

export async function loadCatalog(
  baseUrl: string,
  doFetch: typeof fetch = fetch,
): Promise<Catalog | undefined> {
  try {
    const response = await doFetch(`${baseUrl}datasets/index.json`);
    return response.ok ? parseCatalog(await response.json()) : undefined;
  } catch {
    return undefined;
  }
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
export function archiveFile(id: string, version: string): string {
  return `archive/${id}/${version}.json`;
}
