import { useSyncExternalStore } from 'react';

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** 'dark' or 'light', following the system setting live (canvas drawings must repaint). */
export function useColourScheme(): 'dark' | 'light' {
  return useSyncExternalStore(
    subscribe,
    () => (query()?.matches ? 'dark' : 'light'),
    () => 'light',
  );
}
