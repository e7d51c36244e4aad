import { useMemo } from 'react';
import { useDatasetIndex } from './dataset-context';
import { effectiveView, type EffectiveView } from './effective';
import { useAppStore } from './store-context';

/** The current view with dataset defaults filled in; stable while neither changes. */
export function useEffectiveView(): EffectiveView {
  const view = useAppStore((s) => s.view);
  const index = useDatasetIndex();
  return useMemo(() => effectiveView(view, index), [view, index]);
}
