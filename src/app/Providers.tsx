import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { I18nContext, makeI18n, useLoadedLang, type I18n } from '../i18n/use-i18n';
import { DatasetContext } from '../state/dataset-context';
import { defaultLang } from '../state/effective';
import { createAppStore } from '../state/store';
import { StoreContext } from '../state/store-context';
import { useDatasetLoader } from '../state/use-dataset-loader';
import { useReconcile } from '../state/use-reconcile';
import { useUrlSync, type UrlAccess } from '../state/use-url-sync';
import { parseQuery } from '../state/url-codec';
import { setColourScheme } from '../ui/use-colour-scheme';

export interface ProvidersProps {
  /** The address bar: React Router's in the app, a lighter one in embeds (no router there). */
  readonly url: UrlAccess;
  /** The document title in the chosen language; without it, the routes set their own. */
  readonly title?: ((i18n: I18n) => string) | undefined;
  readonly children: ReactNode;
}

/**
 * Everything a route needs besides its chrome: the store (started from the URL), URL sync, the
 * dataset, reconciliation, the language and the colour theme. The app's shell and the embeds
 * both stand on it.
 */
export function Providers({ url, title, children }: ProvidersProps) {
  // The store starts from the URL, so the first render already shows the linked view.
  const [store] = useState(() => createAppStore(parseQuery(url.search).state));
  useUrlSync(store, url);
  const view = useStore(store, (s) => s.view);
  const status = useDatasetLoader(store, view.dataset, view.data, view.version);
  useReconcile(store, view, status);
  const lang = useLoadedLang(view.lang ?? defaultLang(globalThis.navigator?.language));
  const [i18n, setI18n] = useState(() => makeI18n(lang));
  if (i18n.lang !== lang) setI18n(makeI18n(lang));
  const documentTitle = title?.(i18n);

  useEffect(() => {
    document.documentElement.lang = lang;
    if (documentTitle !== undefined) document.title = documentTitle;
  }, [lang, documentTitle]);
  // Before the first paint, so a dark embed never flashes light.
  useLayoutEffect(() => setColourScheme(view.theme), [view.theme]);

  return (
    <StoreContext.Provider value={store}>
      <I18nContext.Provider value={i18n}>
        <DatasetContext.Provider value={status}>{children}</DatasetContext.Provider>
      </I18nContext.Provider>
    </StoreContext.Provider>
  );
}
