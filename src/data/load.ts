import { buildIndex, type DatasetIndex } from '../model/dataset-index';
import { loadError, type LoadError } from './load-error';
import type { LoadRequest, WorkerMessage } from './load-worker';
import { takePrefetched } from './prefetch';

export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

export type LoadPhase =
  | { phase: 'download'; loaded: number; total: number | undefined }
  | { phase: 'validate' }
  | { phase: 'index' };

export type Loaded =
  { ok: true; index: DatasetIndex; ms: number } | { ok: false; errors: LoadError[] };

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: LoadPhase) => void;
  readonly fetch?: typeof fetch;
  /** Load on this thread even where a Web Worker could do it (the worker itself, tests). */
  readonly inThread?: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * fetch → parse → validate → cross-check → index, with progress and a size limit. Never throws.
 * In a browser the work runs in a Web Worker, so a large file never freezes the page; where no
 * worker can start, it runs here.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<Loaded> {
  const early = options.fetch ? undefined : takePrefetched(url);
  if (options.inThread || options.fetch || typeof Worker === 'undefined')
    return loadHere(url, early ? { ...options, fetch: () => early } : options);
  return loadInWorker(url, options, early).catch((e: unknown) => {
    if (options.signal?.aborted) throw e;
    return loadHere(url, options);
  });
}

/** The bytes of a download the entry started early, for the worker; none when it failed. */
async function earlyBytes(early: Promise<Response>): Promise<ArrayBuffer | undefined> {
  try {
    const response = await early;
    const size = Number(response.headers.get('content-length'));
    return response.ok && !(size > MAX_DATASET_BYTES) ? await response.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}

function loadInWorker(
  url: string,
  { signal, onProgress }: LoadOptions,
  early: Promise<Response> | undefined,
): Promise<Loaded> {
  return new Promise<Loaded>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const fail = (e: Event) => {
      e.preventDefault();
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      reject(new Error('the load worker failed'));
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.progress);
        return;
      }
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      resolve(event.data.result);
    };
    const request: LoadRequest = { url: new URL(url, globalThis.location?.href).href };
    if (!early) worker.postMessage(request);
    else
      void earlyBytes(early).then((bytes) =>
        bytes ? worker.postMessage({ ...request, bytes }, [bytes]) : worker.postMessage(request),
      );
  });
}

async function loadHere(url: string, options: LoadOptions): Promise<Loaded> {
  const started = performance.now();
  try {
    const text = await download(url, options);
    if (typeof text !== 'string') return { ok: false, errors: [text] };
    options.onProgress?.({ phase: 'validate' });
    await nextTask(); // let the progress paint before the long synchronous step
    // Validation (and its schema library) loads on demand, so it stays out of the first-load bundle.
    const { parseDataset } = await import('./validate');
    const result = parseDataset(text);
    if (!result.ok) return result;
    options.onProgress?.({ phase: 'index' });
    await nextTask();
    return { ok: true, index: buildIndex(result.dataset), ms: performance.now() - started };
  } catch (e) {
    if (options.signal?.aborted) throw e;
    return {
      ok: false,
      errors: [
        loadError('$', 'validation.fetch', { detail: e instanceof Error ? e.message : String(e) }),
      ],
    };
  }
}

async function download(
  url: string,
  { signal, onProgress, fetch: doFetch = fetch }: LoadOptions,
): Promise<string | LoadError> {
  const response = await doFetch(url, signal ? { signal } : {});
  if (!response.ok)
    return loadError('$', 'validation.fetch', { detail: `HTTP ${response.status}` });
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : undefined;
  if (total !== undefined && total > MAX_DATASET_BYTES) return tooLarge(total);
  if (!response.body) {
    const text = await response.text();
    return text.length > MAX_DATASET_BYTES ? tooLarge(text.length) : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      return tooLarge(loaded);
    }
    chunks.push(value);
    onProgress?.({ phase: 'download', loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(bytes: number): LoadError {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return loadError('$', 'validation.tooLarge', { size: mb(bytes), limit: mb(MAX_DATASET_BYTES) });
}
