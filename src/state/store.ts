import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem, ViewState } from './view-state';

export interface Notice {
  readonly id: number;
  readonly problem: Problem;
}

export interface AppState {
  readonly view: ViewState;
  readonly notices: readonly Notice[];
  /** Whether the last view change should replace the browser history entry instead of adding one. */
  readonly replaceHistory: boolean;
  /** Replaces the view state (from the URL, or a correction of it): never a new history entry. */
  readonly setView: (view: ViewState) => void;
  /**
   * Changes some view fields; `undefined` resets a field to the dataset default.
   * `replace` for continuous changes such as scrubbing the date.
   */
  readonly update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  readonly notify: (problems: readonly Problem[]) => void;
  readonly dismiss: (id: number) => void;
}

export type AppStore = StoreApi<AppState>;

/** One store per app, embed or test (STYLE habit 8). */
export function createAppStore(initial: ViewState = {}): AppStore {
  let nextId = 1;
  return createStore<AppState>()((set) => ({
    view: initial,
    notices: [],
    replaceHistory: true,
    setView: (view) => set({ view, replaceHistory: true }),
    update: (patch, options) =>
      set((s) => ({ view: { ...s.view, ...patch }, replaceHistory: options?.replace ?? false })),
    notify: (problems) =>
      set((s) => {
        const fresh = problems.filter(
          (p) => !s.notices.some((n) => n.problem.param === p.param && n.problem.value === p.value),
        );
        return fresh.length === 0
          ? s
          : { notices: [...s.notices, ...fresh.map((problem) => ({ id: nextId++, problem }))] };
      }),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}
