import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { UrlAccess } from '../state/use-url-sync';

/** The address bar through React Router, so links, back and forward reach the store. */
export function useRouterUrl(): UrlAccess {
  const { search } = useLocation();
  const routerNavigate = useNavigate();
  const navigate = useCallback<UrlAccess['navigate']>(
    (next, options) => void routerNavigate({ search: next }, options),
    [routerNavigate],
  );
  return useMemo(() => ({ search, navigate }), [search, navigate]);
}
