import { en, type MessageKey } from './en';
import { dayAndMonth, monthName } from './months';
import { joinList } from './words';
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

/** "4 December 2024" / "4. Dezember 2024"; month precision "June 2024" / "Juni 2024". */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  if (iso.length === 7) return `${monthName(month, lang)} ${year}`;
  return `${dayAndMonth(Number(iso.slice(8, 10)), month, lang)} ${year}`;
}

/** "A, B, and C" (de "A, B und C"), see words.ts. */
export function formatList(items: readonly string[], lang: Lang): string {
  return joinList(items, lang, 'and');
}

// Counts are grouped by hand: the page's first Intl.NumberFormat costs like the first
// DateTimeFormat (see months.ts), and the matrix's summary writes a count in its first render.
const GROUP: Record<Lang, string> = { en: ',', de: '.' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
    return n < 0 ? `-${digits}` : digits;
  }
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
