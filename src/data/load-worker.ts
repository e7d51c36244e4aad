/// <reference lib="webworker" />
import { loadDataset, type LoadPhase, type Loaded } from './load';

/** What the page asks: a URL, and its bytes when the page already downloaded them (`prefetch`). */
export interface LoadRequest {
  readonly url: string;
  readonly bytes?: ArrayBuffer;
}

/** Messages from the load worker: progress while it works, then the result. */
export type WorkerMessage =
  { type: 'progress'; progress: LoadPhase } | { type: 'done'; result: Loaded };

// Parsing and validating a large file takes seconds: here it does not freeze the page.
self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const post = (message: WorkerMessage) => self.postMessage(message);
  const { url, bytes } = event.data;
  const result = await loadDataset(url, {
    inThread: true,
    ...(bytes && { fetch: () => Promise.resolve(new Response(bytes)) }),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
};
