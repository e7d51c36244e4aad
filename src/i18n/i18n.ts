import { en, type MessageKey } from './en';
import type { Localized } from '../model/types';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];
export type { MessageKey };

type Catalog = Record<MessageKey, string>;
// English ships with every route, except the areas that load with their views (`addEnglish`);
// German loads on demand (half the messages' weight saved).
const english: Partial<Catalog> = { ...en };
const catalogs: Partial<Record<Lang, Partial<Catalog>>> = { en: english };
const loaders: Record<Lang, () => Promise<Catalog>> = {
  en: () => Promise.resolve(english as Catalog),
  de: () => import('./de').then((m) => m.de),
};

/** Whether `lang`'s messages are loaded; until they are, `translate` answers in English. */
export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** Loads `lang`'s messages (once). */
export async function loadCatalog(lang: Lang): Promise<void> {
  catalogs[lang] ??= await loaders[lang]();
}
export type Params = Readonly<Record<string, string | number>>;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Adds an area's English messages; each `en-<area>.ts` of `LazyAreas` calls it when loaded. */
export function addEnglish(messages: Partial<Catalog>): void {
  Object.assign(english, messages);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

/** The message for `key` in `lang`, with `{name}` parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // A key whose area has not loaded shows itself: visible in tests, never a crash.
  const template = catalogs[lang]?.[key] ?? english[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Localised dataset text in `lang`, falling back to English, then to any language present. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, month: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${month}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(month ? {} : { day: 'numeric' }),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/** "4 December 2024" / "4. Dezember 2024"; month precision "June 2024" / "Juni 2024". */
export function formatDate(iso: string, lang: Lang): string {
  const month = /^\d{4}-\d{2}$/.test(iso);
  const [y, m, d] = [
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)),
    month ? 1 : Number(iso.slice(8, 10)),
  ];
  return dateFormat(lang, month).format(new Date(Date.UTC(y, m - 1, d)));
}

// Intl formatters are costly to create and are used for every matrix cell: keep one per language.
const listFormats = new Map<Lang, Intl.ListFormat>();
export function formatList(items: readonly string[], lang: Lang): string {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f.format(items);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
