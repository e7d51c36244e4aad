import { z } from 'zod';

/** `public/datasets/index.json`: the datasets bundled with the app. */
const catalogSchema = z.object({
  datasets: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        file: z.string().regex(/^[\w.-]+\.json$/),
        title: z.record(z.string(), z.string()),
        version: z.string().optional(),
        asOf: z.string().optional(),
      }),
    )
    .min(1),
});

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogEntry = Catalog['datasets'][number];

export async function loadCatalog(
  baseUrl: string,
  doFetch: typeof fetch = fetch,
): Promise<Catalog | undefined> {
  try {
    const response = await doFetch(`${baseUrl}datasets/index.json`);
    if (!response.ok) return undefined;
    const parsed = catalogSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
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
  if (!entry) throw new Error('empty catalog'); // excluded by the schema's min(1)
  return { entry, unknown: id !== undefined && !found };
}
