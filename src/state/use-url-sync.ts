import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AppStore } from './store';
import { parseQuery, serializeQuery } from './url-codec';

export const SCRUB_DELAY_MS = 200;

/**
 * The one bridge between the URL and the store: the URL wins on navigation (links, back/forward),
 * the store wins on interaction. Scrubbing the date and corrections replace history; other changes push.
 */
export function useUrlSync(store: AppStore): void {
  const location = useLocation();
  const navigate = useNavigate();
  const applying = useRef(false);

  useEffect(() => {
    const { state, problems } = parseQuery(location.search);
    const current = store.getState();
    if (serializeQuery(state) !== serializeQuery(current.view)) {
      applying.current = true;
      current.setView(state);
      applying.current = false;
    }
    if (problems.length > 0) current.notify(problems);
  }, [location.search, store]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      pending = undefined;
      const search = serializeQuery(store.getState().view);
      if (
        `?${search}` === window.location.search ||
        (search === '' && window.location.search === '')
      )
        return;
      navigate(
        { search: search ? `?${search}` : '' },
        { replace: store.getState().replaceHistory },
      );
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
