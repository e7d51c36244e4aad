import { useEffect } from 'react';
import type { DatasetStatus } from './dataset-context';
import { datasetBounds } from './effective';
import { reconcile } from './reconcile';
import type { AppStore } from './store';
import type { ViewState } from './view-state';

/** Whenever the view or the dataset changes, drops what the dataset does not know, with a notice. */
export function useReconcile(store: AppStore, view: ViewState, status: DatasetStatus): void {
  const index = status.status === 'ready' ? status.index : undefined;
  useEffect(() => {
    if (!index) return;
    const { state, problems } = reconcile(view, datasetBounds(index));
    if (problems.length === 0) return;
    store.getState().setView(state);
    store.getState().notify(problems);
  }, [store, view, index]);
}
