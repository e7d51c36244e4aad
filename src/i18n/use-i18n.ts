import { createContext, useContext } from 'react';
import type { Lang, MessageKey, Params } from './i18n';
import { translate } from './i18n';

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
