import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { MAX_TOUR_STEPS, validateTour, type TourFile } from '../data/tour-file';
import type { TourStep } from '../model/types';

/**
 * The teacher's own tour, one per dataset, kept in the browser (localStorage) across reloads.
 * Reads are validated like an imported file: a damaged entry is reported, never trusted, and
 * never overwritten by a step change — only `replace` or `reset` write over it, deliberately.
 */
export type TourStorageProblem = 'unavailable' | 'full' | 'damaged';

export interface TeacherTour {
  readonly steps: readonly TourStep[];
  /** Why the tour could not be read or the last change could not be kept, if so. */
  readonly problem: TourStorageProblem | undefined;
  /** Each change returns the problem it met (`undefined`: kept in the browser). */
  readonly add: (step: TourStep) => TourStorageProblem | undefined;
  readonly update: (
    id: string,
    patch: Partial<Pick<TourStep, 'title' | 'body' | 'question'>>,
  ) => TourStorageProblem | undefined;
  /** Moves a step by `delta` places (−1 up, +1 down), within bounds. */
  readonly move: (id: string, delta: number) => TourStorageProblem | undefined;
  readonly remove: (id: string) => TourStorageProblem | undefined;
  /** Puts `step` back at `index` (clamped), e.g. to undo a removal. */
  readonly insert: (step: TourStep, index: number) => TourStorageProblem | undefined;
  /** Replaces the whole tour (import, undo); beyond `MAX_TOUR_STEPS` steps nothing changes. */
  readonly replace: (steps: readonly TourStep[]) => TourStorageProblem | undefined;
  /** Forgets the stored tour, damaged or not ("Start a new tour"). */
  readonly reset: () => TourStorageProblem | undefined;
}

const PREFIX = 'common-ground.tour.';
export const tourStorageKey = (dataset: string) => `${PREFIX}${dataset}`;

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

function parseStored(raw: string | null): Snapshot {
  if (raw === null) return EMPTY;
  try {
    const parsed = validateTour(JSON.parse(raw));
    return parsed.ok ? { steps: parsed.tour.steps, problem: undefined } : damaged;
  } catch {
    return damaged;
  }
}
const damaged: Snapshot = { steps: [], problem: 'damaged' };

function read(dataset: string): Snapshot {
  const cached = snapshots.get(dataset);
  if (cached) return cached;
  const store = storage();
  let snapshot: Snapshot;
  try {
    snapshot = store ? parseStored(store.getItem(tourStorageKey(dataset))) : unavailable;
  } catch {
    snapshot = unavailable; // getItem itself refused (blocked storage)
  }
  snapshots.set(dataset, snapshot);
  return snapshot;
}
const unavailable: Snapshot = { steps: [], problem: 'unavailable' };

/** Browsers name a full storage differently (Firefox once used its own name; code 22 is old). */
function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
  );
}

function publish(dataset: string, snapshot: Snapshot): TourStorageProblem | undefined {
  snapshots.set(dataset, snapshot);
  for (const l of listeners) l();
  return snapshot.problem;
}

function write(dataset: string, steps: readonly TourStep[]): TourStorageProblem | undefined {
  let problem: TourStorageProblem | undefined;
  const store = storage();
  if (!store) problem = 'unavailable';
  else {
    const file: TourFile = { kind: 'common-ground-tour', version: 1, dataset, steps };
    try {
      store.setItem(tourStorageKey(dataset), JSON.stringify(file));
    } catch (e) {
      problem = isQuotaError(e) ? 'full' : 'unavailable';
    }
  }
  // The steps stay in this tab even when the browser would not keep them; the problem says so.
  return publish(dataset, { steps, problem });
}

function clear(dataset: string): TourStorageProblem | undefined {
  const store = storage();
  try {
    store?.removeItem(tourStorageKey(dataset));
  } catch {
    return publish(dataset, unavailable);
  }
  return publish(dataset, store ? EMPTY : unavailable);
}

// Another tab changed a tour (or cleared storage): forget the cached copy so the next read sees
// it. Listening always, not only while a component subscribes: a tab that showed no tour for a
// while must not write its stale copy over the other tab's steps.
globalThis.addEventListener?.('storage', (e: StorageEvent) => {
  if (e.key === null) snapshots.clear();
  else if (e.key.startsWith(PREFIX)) snapshots.delete(e.key.slice(PREFIX.length));
  else return;
  for (const l of listeners) l();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets cached tours (tests, after clearing storage). */
export function resetTourCache(): void {
  snapshots.clear();
}

/** The stored text of a tour that could not be read, so the teacher can save and repair it. */
export function damagedTourText(dataset: string): string | undefined {
  try {
    return storage()?.getItem(tourStorageKey(dataset)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The first `step-<n>` id that no step in `steps` has, counting on from their number. */
export function nextStepId(steps: readonly Pick<TourStep, 'id'>[]): string {
  const ids = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (ids.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** `incoming` after `current`, with incoming ids that clash renamed (`step-<n>`). */
export function appendSteps(
  current: readonly TourStep[],
  incoming: readonly TourStep[],
): TourStep[] {
  const result = [...current];
  const ids = new Set(current.map((s) => s.id));
  for (const step of incoming) {
    const id = ids.has(step.id) ? nextStepId(result) : step.id;
    ids.add(id);
    result.push(id === step.id ? step : { ...step, id });
  }
  return result;
}

/** `steps` with `id` moved by `delta` places, clamped to the ends; the same array if it stays. */
export function moveStep(
  steps: readonly TourStep[],
  id: string,
  delta: number,
): readonly TourStep[] {
  const from = steps.findIndex((s) => s.id === id);
  const to = Math.min(steps.length - 1, Math.max(0, from + delta));
  if (from < 0 || from === to) return steps;
  const next = [...steps];
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step as TourStep);
  return next;
}

/** Changes the readable tour; a damaged one is left alone until replaced or reset. */
function change(dataset: string, f: (steps: readonly TourStep[]) => readonly TourStep[]) {
  const current = read(dataset);
  if (current.problem === 'damaged') return 'damaged';
  const next = f(current.steps);
  if (next === current.steps) return current.problem;
  return next.length > MAX_TOUR_STEPS ? current.problem : write(dataset, next);
}

export function useTeacherTour(dataset: string): TeacherTour {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => read(dataset),
    () => EMPTY,
  );
  const edit = useCallback(
    (f: (steps: readonly TourStep[]) => readonly TourStep[]) => change(dataset, f),
    [dataset],
  );
  return useMemo(
    () => ({
      ...snapshot,
      // Ids stay unique: a clashing one is renamed, or the stored tour would not read back.
      add: (step) => edit((steps) => appendSteps(steps, [step])),
      update: (id, patch) =>
        edit((steps) => steps.map((s) => (s.id === id ? { ...s, ...patch } : s))),
      move: (id, delta) => edit((steps) => moveStep(steps, id, delta)),
      remove: (id) => edit((steps) => steps.filter((s) => s.id !== id)),
      insert: (step, index) =>
        edit((steps) => {
          const next = steps.filter((s) => s.id !== step.id);
          next.splice(Math.max(0, Math.min(index, next.length)), 0, step);
          return next;
        }),
      replace: (steps) =>
        steps.length > MAX_TOUR_STEPS
          ? read(dataset).problem
          : write(dataset, appendSteps([], steps)),
      reset: () => clear(dataset),
    }),
    [snapshot, edit, dataset],
  );
}
