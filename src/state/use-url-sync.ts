import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AppStore } from './store';
import { parseQuery, serializeQuery } from './url-codec';

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

  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (applying.current || next.view === prev.view) return;
        const search = serializeQuery(next.view);
        if (
          `?${search}` === window.location.search ||
          (search === '' && window.location.search === '')
        )
          return;
        navigate({ search: search ? `?${search}` : '' }, { replace: next.replaceHistory });
      }),
    [store, navigate],
  );
}
