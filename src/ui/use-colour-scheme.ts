import { useSyncExternalStore } from 'react';

/** The attribute on <html> that overrides the system colour scheme (global.css reads it). */
const ATTRIBUTE = 'data-theme';

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  const observer =
    typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(onChange);
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: [ATTRIBUTE] });
  return () => {
    media?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}

function currentScheme(): 'dark' | 'light' {
  const chosen = globalThis.document?.documentElement.getAttribute(ATTRIBUTE);
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return query()?.matches ? 'dark' : 'light';
}

/**
 * 'dark' or 'light': the page's override (`setColourScheme`) if any, else the system setting,
 * followed live (canvas drawings must repaint).
 */
export function useColourScheme(): 'dark' | 'light' {
  return useSyncExternalStore(subscribe, currentScheme, () => 'light');
}

/** Forces light or dark colours on the whole page; `auto` or `undefined` follow the system. */
export function setColourScheme(scheme: 'light' | 'dark' | 'auto' | undefined): void {
  const root = document.documentElement;
  if (scheme === 'light' || scheme === 'dark') root.setAttribute(ATTRIBUTE, scheme);
  else root.removeAttribute(ATTRIBUTE);
}
