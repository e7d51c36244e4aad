import { datasetStore, type StoreFailure, type StoredDatasetInfo } from '../../data/dataset-store';
import { CSV_MIME } from '../../export/csv';
import { JSON_MIME } from '../../export/dataset-json';
import { downloadText } from '../../export/download';
import { slug } from '../../export/filename';

export type DownloadFormat = 'json' | 'csv';

/**
 * Saves a stored dataset as a file: its JSON text as kept, or the CSV bundle (one file per sheet,
 * named `<id> - statements.csv` so that choosing them all loads the bundle again). A failure of
 * the browser's storage is returned, not thrown.
 */
export async function downloadDataset(
  info: StoredDatasetInfo,
  format: DownloadFormat,
): Promise<StoreFailure | undefined> {
  const read = await datasetStore.read(info.key);
  if (!read.ok) return read;
  const base = slug(info.id) || 'dataset';
  if (format === 'json') {
    downloadText(read.text, `${base}-${slug(info.version) || 'version'}.json`, JSON_MIME);
    return undefined;
  }
  // Stored text was valid when saved, but the browser's storage is not ours: check it again.
  const { parseDataset } = await import('../../data/validate');
  const parsed = parseDataset(read.text);
  if (!parsed.ok) return { ok: false, problem: 'failed', detail: parsed.errors[0]?.path ?? '$' };
  const { datasetToCsvBundle } = await import('../../data/csv-write');
  for (const [name, text] of Object.entries(datasetToCsvBundle(parsed.dataset)))
    downloadText(text, `${base} - ${name}`, CSV_MIME);
  return undefined;
}
