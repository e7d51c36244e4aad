/** Reads a file as text with progress; FileReader rather than `Blob.text()`, which older Safari lacks. */
export function readText(
  file: Blob,
  onProgress?: (loaded: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const abort = () => reader.abort();
    signal?.addEventListener('abort', abort, { once: true });
    reader.onprogress = (e) => onProgress?.(e.loaded);
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    reader.onloadend = () => signal?.removeEventListener('abort', abort);
    reader.readAsText(file);
  });
}

/**
 * Reads every file (name → text, in a Map: a file named `__proto__.csv` stays a file), reporting
 * the bytes read of all of them together.
 */
export async function readAll(
  files: readonly File[],
  onProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const total = files.reduce((n, f) => n + f.size, 0);
  const texts = new Map<string, string>();
  let done = 0;
  for (const file of files) {
    texts.set(file.name, await readText(file, (n) => onProgress(done + n, total), signal));
    done += file.size;
    onProgress(done, total);
  }
  return texts;
}
