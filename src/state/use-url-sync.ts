import { useEffect, useRef } from 'react';
import type { AppStore } from './store';
import { parseQuery, serializeQuery } from './url-codec';

export const SCRUB_DELAY_MS = 200;
/** Writes the router may still hand back; a router can drop writes it was too busy to show. */
const MAX_IN_FLIGHT = 16;

const withMark = (search: string) => (search ? `?${search}` : '');

/**
 * The address bar as the store sees it: the app passes React Router's location and navigate, an
 * embed a lighter one of its own (see src/app), so this hook ties the state to no router.
 */
export interface UrlAccess {
  /** The current query string, with its leading "?" (or empty). */
  readonly search: string;
  readonly navigate: (search: string, options: { readonly replace: boolean }) => void;
}

/**
 * The one bridge between the URL and the store: the URL wins on navigation (links, back/forward),
 * the store wins on interaction. Scrubbing the date and corrections replace history; other
 * changes push. A URL with values that were dropped or renamed is rewritten to its canonical form.
 * The store should be created from the same URL (`parseQuery`) so the first render is right.
 */
export function useUrlSync(store: AppStore, { search, navigate }: UrlAccess): void {
  const applying = useRef(false);
  const current = useRef(search);
  // The queries this hook wrote that the router has not handed back yet, oldest first. When it
  // hands one back the store may have moved on (keys pressed meanwhile); copying it back would
  // undo those steps. A query not in the list is a navigation: a link, back or forward.
  const inFlight = useRef<string[]>([]);

  useEffect(() => {
    current.current = search;
    const echo = inFlight.current.indexOf(search);
    if (echo >= 0) {
      inFlight.current.splice(0, echo + 1);
      return;
    }
    inFlight.current = [];
    const { state, problems } = parseQuery(search);
    const api = store.getState();
    if (serializeQuery(state) !== serializeQuery(api.view)) {
      applying.current = true;
      api.setView(state);
      applying.current = false;
    }
    if (problems.length > 0) api.notify(problems);
    const canonical = withMark(serializeQuery(state));
    if (canonical !== search) navigate(canonical, { replace: true });
  }, [search, store, navigate]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      pending = undefined;
      const next = withMark(serializeQuery(store.getState().view));
      if (next === current.current) return;
      inFlight.current = [...inFlight.current.slice(1 - MAX_IN_FLIGHT), next];
      navigate(next, { replace: store.getState().replaceHistory });
    };
    const unsubscribe = store.subscribe((next, prev) => {
      if (applying.current || next.view === prev.view) return;
      clearTimeout(pending);
      // While scrubbing, write the URL once the hand rests: browsers throttle rapid history
      // updates, and each write re-renders the router. Deliberate steps are written at once.
      if (next.replaceHistory) pending = setTimeout(write, SCRUB_DELAY_MS);
      else write();
    });
    return () => {
      unsubscribe();
      if (pending !== undefined) {
        clearTimeout(pending);
        write();
      }
    };
  }, [store, navigate]);
}
