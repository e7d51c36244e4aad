import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { makeI18n, I18nContext } from '../i18n/use-i18n';
import { DatasetContext } from '../state/dataset-context';
import { defaultLang } from '../state/effective';
import { createAppStore } from '../state/store';
import { StoreContext } from '../state/store-context';
import { useDatasetLoader } from '../state/use-dataset-loader';
import { useReconcile } from '../state/use-reconcile';
import { useUrlSync } from '../state/use-url-sync';
import { parseQuery } from '../state/url-codec';
import { useStore } from 'zustand';
import { Header } from './Header';
import { Notices } from './Notices';
import { DatasetGate } from './DatasetGate';
import { DataOrigin } from './DataOrigin';

/** Providers and chrome shared by every route: store, URL sync, dataset, language. */
export function Shell() {
  const { search } = useLocation();
  // The store starts from the URL, so the first render already shows the linked view.
  const [store] = useState(() => createAppStore(parseQuery(search).state));
  useUrlSync(store);
  const view = useStore(store, (s) => s.view);
  const status = useDatasetLoader(store, view.dataset, view.data);
  useReconcile(store, view, status);
  const lang = view.lang ?? defaultLang(globalThis.navigator?.language);
  const [i18n, setI18n] = useState(() => makeI18n(lang));
  if (i18n.lang !== lang) setI18n(makeI18n(lang));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('app.title');
  }, [lang, i18n]);

  return (
    <StoreContext.Provider value={store}>
      <I18nContext.Provider value={i18n}>
        <DatasetContext.Provider value={status}>
          <a className="skip-link" href="#main">
            {i18n.t('skip.main')}
          </a>
          <Header />
          <Notices />
          {view.data && <DataOrigin url={view.data} />}
          <main id="main" tabIndex={-1}>
            <DatasetGate>
              <Outlet />
            </DatasetGate>
          </main>
        </DatasetContext.Provider>
      </I18nContext.Provider>
    </StoreContext.Provider>
  );
}
