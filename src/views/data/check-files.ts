import { CSV_LIMITS } from '../../data/csv';
import type { CsvBundleChecked } from '../../data/csv-bundle';
import { loadDataset, MAX_DATASET_BYTES } from '../../data/load';
import type { Dataset } from '../../model/types';
import { classifyFiles, fromCsvError, fromLoadError, problem, type Problem } from './problems';
import { readAll, readText } from './read-files';

/**
 * Chosen files → a valid dataset with its warnings, or every problem found. Nothing is stored
 * here. Files over `IN_THREAD_BYTES` are checked in a Web Worker, so a large file shows progress
 * instead of freezing the tab; over the limit, they are refused before being read. Never throws
 * (an abort rejects, and the caller ignores it).
 */

export type Progress =
  | { readonly step: 'read'; readonly loaded: number; readonly total: number }
  | { readonly step: 'check' };

export interface Candidate {
  readonly dataset: Dataset;
  /** The JSON text to store: the file as written, or the CSV bundle converted. */
  readonly text: string;
  readonly origin: 'file' | 'csv';
}

export type Checked =
  | { readonly ok: true; readonly candidate: Candidate; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Below this, checking on the page takes well under a frame budget's worth of blocking. */
export const IN_THREAD_BYTES = 1024 * 1024;

type OnProgress = (p: Progress) => void;

const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
const canUseWorker = () =>
  typeof Worker !== 'undefined' && typeof URL.createObjectURL === 'function';
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const failed = (problems: readonly Problem[]): Checked => ({ ok: false, problems });

export async function checkFiles(
  files: readonly File[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<Checked> {
  const kind = classifyFiles(files.map((f) => f.name));
  if (typeof kind !== 'string') return failed([kind]);
  try {
    return kind === 'json'
      ? await checkJson(files[0]!, onProgress, signal)
      : await checkCsv(files, onProgress, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return failed([problem('data.load.checkFailed', { detail })]);
  }
}

async function withWarnings(dataset: Dataset, text: string, origin: Candidate['origin']) {
  const { datasetWarnings } = await import('../../data/warnings');
  const warnings = datasetWarnings(dataset).map(fromLoadError);
  return { ok: true as const, candidate: { dataset, text, origin }, warnings };
}

async function readOne(file: File, onProgress: OnProgress, signal: AbortSignal) {
  try {
    return await readText(
      file,
      (loaded) => onProgress({ step: 'read', loaded, total: file.size }),
      signal,
    );
  } catch (e) {
    if (signal.aborted) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return problem('data.load.unreadable', { detail });
  }
}

async function checkJson(file: File, onProgress: OnProgress, signal: AbortSignal) {
  if (file.size > MAX_DATASET_BYTES)
    return failed([
      problem('validation.tooLarge', { size: mb(file.size), limit: mb(MAX_DATASET_BYTES) }),
    ]);
  if (file.size > IN_THREAD_BYTES && canUseWorker()) {
    const url = URL.createObjectURL(file);
    const loaded = await loadDataset(url, {
      signal,
      onProgress: (p) =>
        onProgress(
          p.phase === 'download'
            ? { step: 'read', loaded: p.loaded, total: p.total ?? file.size }
            : { step: 'check' },
        ),
    }).finally(() => URL.revokeObjectURL(url));
    if (!loaded.ok) return failed(loaded.errors.map(fromLoadError));
    const text = await readOne(file, onProgress, signal);
    if (typeof text !== 'string') return failed([text]);
    return withWarnings(loaded.index.dataset, text, 'file');
  }
  const text = await readOne(file, onProgress, signal);
  if (typeof text !== 'string') return failed([text]);
  onProgress({ step: 'check' });
  await nextTask(); // let the progress paint before the synchronous check
  const { parseDataset } = await import('../../data/validate');
  const parsed = parseDataset(text);
  if (!parsed.ok) return failed(parsed.errors.map(fromLoadError));
  return withWarnings(parsed.dataset, text, 'file');
}

async function checkCsv(files: readonly File[], onProgress: OnProgress, signal: AbortSignal) {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > CSV_LIMITS.maxChars)
    return failed([
      {
        cell: { file: '' },
        ...problem('authoring.csv.tooLarge', { size: mb(total), limit: mb(CSV_LIMITS.maxChars) }),
      },
    ]);
  let texts: Map<string, string>;
  try {
    texts = await readAll(files, (loaded) => onProgress({ step: 'read', loaded, total }), signal);
  } catch (e) {
    if (signal.aborted) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return failed([problem('data.load.unreadable', { detail })]);
  }
  onProgress({ step: 'check' });
  await nextTask();
  const result =
    total > IN_THREAD_BYTES && canUseWorker()
      ? await checkCsvInWorker(texts, signal)
      : (await import('../../data/csv-bundle')).validateCsvBundle(texts);
  if (!result.ok) return failed(result.errors.map(fromCsvError));
  const text = `${JSON.stringify(result.json, null, 2)}\n`;
  // The bundle's warnings point at cells rather than JSON paths.
  const candidate: Candidate = { dataset: result.dataset, text, origin: 'csv' };
  return { ok: true as const, candidate, warnings: result.warnings.map(fromCsvError) };
}

function checkCsvInWorker(
  texts: ReadonlyMap<string, string>,
  signal: AbortSignal,
): Promise<CsvBundleChecked> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
    };
    worker.onmessage = (event: MessageEvent<CsvBundleChecked>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // Where the worker cannot run, check here: slower, but the reader still gets an answer.
      import('../../data/csv-bundle').then((m) => resolve(m.validateCsvBundle(texts)), reject);
    };
    worker.postMessage(texts);
  });
}
