import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { validateTour, type TourFile } from '../data/tour-file';
import type { TourStep } from '../model/types';

/**
 * The teacher's own tour, one per dataset, kept in the browser (localStorage) across reloads.
 * Reads are validated like an imported file: a damaged entry is reported, never trusted.
 */
export type TourStorageProblem = 'unavailable' | 'full' | 'damaged';

export interface TeacherTour {
  readonly steps: readonly TourStep[];
  /** Why the tour could not be read or the last change could not be kept, if so. */
  readonly problem: TourStorageProblem | undefined;
  readonly add: (step: TourStep) => void;
  readonly update: (
    id: string,
    patch: Partial<Pick<TourStep, 'title' | 'body' | 'question'>>,
  ) => void;
  /** Moves a step by `delta` places (−1 up, +1 down), within bounds. */
  readonly move: (id: string, delta: number) => void;
  readonly remove: (id: string) => void;
  /** Replaces the whole tour (import). */
  readonly replace: (steps: readonly TourStep[]) => void;
}

export const tourStorageKey = (dataset: string) => `common-ground.tour.${dataset}`;

interface Snapshot {
  readonly steps: readonly TourStep[];
  readonly problem: TourStorageProblem | undefined;
}

const EMPTY: Snapshot = { steps: [], problem: undefined };
const snapshots = new Map<string, Snapshot>();
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // e.g. storage blocked by the browser's privacy settings
  }
}

function read(dataset: string): Snapshot {
  const cached = snapshots.get(dataset);
  if (cached) return cached;
  let snapshot: Snapshot = EMPTY;
  const store = storage();
  if (!store) snapshot = { steps: [], problem: 'unavailable' };
  else {
    try {
      const raw = store.getItem(tourStorageKey(dataset));
      if (raw !== null) {
        const parsed = validateTour(JSON.parse(raw));
        snapshot = parsed.ok
          ? { steps: parsed.tour.steps, problem: undefined }
          : { steps: [], problem: 'damaged' };
      }
    } catch {
      snapshot = { steps: [], problem: 'damaged' };
    }
  }
  snapshots.set(dataset, snapshot);
  return snapshot;
}

function write(dataset: string, steps: readonly TourStep[]): void {
  let problem: TourStorageProblem | undefined;
  const store = storage();
  if (!store) problem = 'unavailable';
  else {
    const file: TourFile = { kind: 'common-ground-tour', version: 1, dataset, steps };
    try {
      store.setItem(tourStorageKey(dataset), JSON.stringify(file));
    } catch (e) {
      problem =
        e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'unavailable';
    }
  }
  // The steps stay in this tab even when the browser would not keep them; the problem says so.
  snapshots.set(dataset, { steps, problem });
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed a tour: forget the cached copy so the next read sees it.
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('common-ground.tour.')) {
      snapshots.delete(e.key.slice('common-ground.tour.'.length));
      listener();
    }
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Forgets cached tours (tests, after clearing storage). */
export function resetTourCache(): void {
  snapshots.clear();
}

export function useTeacherTour(dataset: string): TeacherTour {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => read(dataset),
    () => EMPTY,
  );
  const change = useCallback(
    (f: (steps: readonly TourStep[]) => readonly TourStep[]) =>
      write(dataset, f(read(dataset).steps)),
    [dataset],
  );
  return useMemo(
    () => ({
      ...snapshot,
      add: (step) => change((steps) => [...steps, step]),
      update: (id, patch) =>
        change((steps) => steps.map((s) => (s.id === id ? { ...s, ...patch } : s))),
      move: (id, delta) =>
        change((steps) => {
          const from = steps.findIndex((s) => s.id === id);
          const to = Math.min(steps.length - 1, Math.max(0, from + delta));
          if (from < 0 || from === to) return steps;
          const next = [...steps];
          const [step] = next.splice(from, 1);
          next.splice(to, 0, step as TourStep);
          return next;
        }),
      remove: (id) => change((steps) => steps.filter((s) => s.id !== id)),
      replace: (steps) => change(() => steps),
    }),
    [snapshot, change],
  );
}
