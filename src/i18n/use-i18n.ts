import { createContext, useContext, useEffect, useState } from 'react';
import type { Lang, MessageKey, Params } from './i18n';
import { hasCatalog, loadCatalog, translate } from './i18n';

export interface I18n {
  readonly lang: Lang;
  readonly t: (key: MessageKey, params?: Params) => string;
}

export function makeI18n(lang: Lang): I18n {
  return { lang, t: (key, params) => translate(lang, key, params) };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The language to show: `lang` once its messages are loaded, English meanwhile (or if loading
 * fails, e.g. offline before German was ever fetched).
 */
export function useLoadedLang(lang: Lang): Lang {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (hasCatalog(lang)) return;
    let live = true;
    loadCatalog(lang).then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return hasCatalog(lang) ? lang : 'en';
}
