import { translate, type Lang } from '../../i18n/i18n';

const sizes = new Map<Lang, Intl.NumberFormat>();
const days = new Map<Lang, Intl.DateTimeFormat>();

/** "12 KB", "3.4 MB" — a size as people read it (at least 1 KB, so nothing reads "0 KB"). */
export function formatSize(bytes: number, lang: Lang): string {
  let f = sizes.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    sizes.set(lang, f);
  }
  const mb = bytes / 1024 / 1024;
  return mb >= 1
    ? translate(lang, 'data.size.mb', { size: f.format(mb) })
    : translate(lang, 'data.size.kb', { size: f.format(Math.max(1, Math.round(bytes / 1024))) });
}

/** The reader's local day of an ISO timestamp: "4 Dec 2025" / "04.12.2025". */
export function formatSavedDay(iso: string, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  let f = days.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium' });
    days.set(lang, f);
  }
  return f.format(at);
}

/** The host of a web address, or the address itself where it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
