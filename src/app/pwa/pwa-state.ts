import { useSyncExternalStore } from 'react';

/** What the service worker has told the page so far. */
export interface PwaState {
  /** A new version is installed and waits for the user's "Reload". */
  readonly needRefresh: boolean;
  /** The app is cached: it will work with no network from now on (told once, on first install). */
  readonly offlineReady: boolean;
}

/** Activates the waiting version; with `true`, the page reloads once it has taken over. */
export type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

const initial: PwaState = { needRefresh: false, offlineReady: false };
let state = initial;
let update: UpdateServiceWorker | undefined;
const listeners = new Set<() => void>();

export function setPwaState(change: Partial<PwaState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

export function setUpdateServiceWorker(fn: UpdateServiceWorker | undefined): void {
  update = fn;
}

/** Switches to the waiting version and reloads (the registration reloads on "controlling"). */
export async function applyUpdate(): Promise<void> {
  await update?.(true);
}

/** Back to nothing known (tests). */
export function resetPwaState(): void {
  state = initial;
  update = undefined;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePwaState(): PwaState {
  return useSyncExternalStore(subscribe, () => state);
}
