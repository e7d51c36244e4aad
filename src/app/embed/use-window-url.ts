import { useMemo, useSyncExternalStore } from 'react';
import type { UrlAccess } from '../../state/use-url-sync';

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/**
 * Every change replaces the current history entry: a framed page shares the host page's history,
 * and Back should leave the article, not step back through the chart.
 */
function navigate(search: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  for (const listener of listeners) listener();
}

/** The address bar for embeds, without a router: one page, and only its query changes. */
export function useWindowUrl(): UrlAccess {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => ({ search, navigate }), [search]);
}
