import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AppStore } from './store';
import { parseQuery, serializeQuery } from './url-codec';

export const SCRUB_DELAY_MS = 200;

const withMark = (search: string) => (search ? `?${search}` : '');

/**
 * The one bridge between the URL and the store: the URL wins on navigation (links, back/forward),
 * the store wins on interaction. Scrubbing the date and corrections replace history; other
 * changes push. A URL with values that were dropped or renamed is rewritten to its canonical form.
 * The store should be created from the same URL (`parseQuery`) so the first render is right.
 */
export function useUrlSync(store: AppStore): void {
  const location = useLocation();
  const navigate = useNavigate();
  const applying = useRef(false);
  const current = useRef(location.search);

  useEffect(() => {
    current.current = location.search;
    const { state, problems } = parseQuery(location.search);
    const api = store.getState();
    if (serializeQuery(state) !== serializeQuery(api.view)) {
      applying.current = true;
      api.setView(state);
      applying.current = false;
    }
    if (problems.length > 0) api.notify(problems);
    const canonical = withMark(serializeQuery(state));
    if (canonical !== location.search) navigate({ search: canonical }, { replace: true });
  }, [location.search, store, navigate]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      pending = undefined;
      const search = withMark(serializeQuery(store.getState().view));
      if (search === current.current) return;
      navigate({ search }, { replace: store.getState().replaceHistory });
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
