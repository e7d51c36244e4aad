/// <reference lib="webworker" />
import { loadDataset, type LoadPhase, type Loaded } from './load';

/** Messages from the load worker: progress while it works, then the result. */
export type WorkerMessage =
  { type: 'progress'; progress: LoadPhase } | { type: 'done'; result: Loaded };

// Parsing and validating a large file takes seconds: here it does not freeze the page.
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  const post = (message: WorkerMessage) => self.postMessage(message);
  const result = await loadDataset(event.data.url, {
    inThread: true,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
};
