import { useCallback } from 'react';
import type { MessageKey, Params } from '../../i18n/i18n';
import { useAppStoreApi } from '../../state/store-context';
import type { ViewState } from '../../state/view-state';

/**
 * The view after switching datasets: the reader's language, theme, matrix mode and reliability
 * stay; whatever names parts of the old dataset (date, parties, plan, tour, …), a hosted `data`
 * address and a pinned `version` go. `dataset` undefined is the default bundled one.
 */
export function switchedView(view: ViewState, dataset: string | undefined): ViewState {
  const cleared = Object.fromEntries(Object.keys(view).map((k) => [k, undefined]));
  const { lang, theme, rel, mode } = view;
  return { ...cleared, lang, theme, rel, mode, dataset };
}

/**
 * A message for the Data page after a switch. The page is rebuilt once the new dataset is loaded
 * (its state is gone by then), so the message waits here and the new page takes it.
 */
export interface Flash {
  readonly dataset: string | undefined;
  readonly key: MessageKey;
  readonly params: Params;
}

let pending: Flash | undefined;

/** The waiting message if it is for `dataset`; a stale one is dropped either way. */
export function takeFlash(dataset: string | undefined): Flash | undefined {
  const flash = pending;
  pending = undefined;
  return flash?.dataset === dataset ? flash : undefined;
}

/**
 * Switches to `dataset` (a new history entry, so Back returns), leaving `flash` for the rebuilt
 * page. Answers `false` when that dataset is already shown (nothing is rebuilt then).
 */
export function useSwitchDataset(): (
  dataset: string | undefined,
  flash: Omit<Flash, 'dataset'>,
) => boolean {
  const store = useAppStoreApi();
  return useCallback(
    (dataset, flash) => {
      const { view, update } = store.getState();
      if (view.dataset === dataset && view.data === undefined) return false;
      pending = { ...flash, dataset };
      update(switchedView(view, dataset));
      return true;
    },
    [store],
  );
}
